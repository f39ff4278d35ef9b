package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hand-written news reports of made-up events of one type (mosque arsons), several per event, for
 * the clusterer's tests: each report states a random subset of its event's facts in a random order.
 * Events {@code 0} and {@code 1} happen on the same day in different towns.
 */
final class Reports {

  record Report(String id, String text, int event) {}

  private record Facts(String town, String mosque, String imam, String suspect, String year, String day) {}

  private static final List<Facts> EVENTS = List.of(
      new Facts("Ashbury", "Al-Noor", "Yusuf Karim", "Daniel Crowe", "2019", "Sunday 3 March"),
      new Facts("Wexley", "Masjid Bilal", "Omar Haddad", "Peter Lindqvist", "2019", "Sunday 3 March"),
      new Facts("Kerrington", "Jamia", "Abdul Rahman Siddiqui", "Mark Tolland", "2021", "Friday 9 July"),
      new Facts("Dunmore", "Al-Falah", "Ibrahim Osei", "Gary Fenwick", "2016", "Tuesday 2 February"),
      new Facts("Pellston", "Taqwa", "Hamza Qureshi", "Liam Brannock", "2023", "Saturday 14 October"),
      new Facts("Rodsworth", "Al-Huda", "Mustafa Demir", "Craig Ashdown", "2018", "Monday 5 November"));

  private static final List<String> TEMPLATES = List.of(
      "A fire was started at the {M} mosque in {T} early on {D} {Y}, police said.",
      "The imam of the {M} mosque, {I}, said the community in {T} was shocked but would not be intimidated.",
      "Police in {T} arrested {S}, a local man, on suspicion of arson.",
      "Prayers at the {M} mosque will move to a nearby hall, {I} told reporters in {T}.",
      "The attack on the {M} mosque in {T} was condemned by the mayor and by church leaders.",
      "{S} is due to appear before magistrates in {T} later this week.",
      "Investigators said {S} had posted hostile messages about Muslims online before the attack in {T}.",
      "Firefighters from {T} put out the blaze within an hour; the prayer hall was badly damaged.");

  private static final List<String> FILLER = List.of(
      "Nobody was hurt.",
      "The investigation is continuing.",
      "Anyone with information is asked to contact the police.",
      "Community leaders called for calm.");

  private Reports() {}

  /** {@code perEvent} reports of each event, event by event. */
  static List<Report> all(int perEvent, long seed) {
    Random random = new Random(seed);
    List<Report> out = new ArrayList<>();
    for (int e = 0; e < EVENTS.size(); e++) {
      Facts f = EVENTS.get(e);
      for (int r = 0; r < perEvent; r++) {
        List<String> sentences = new ArrayList<>(TEMPLATES);
        Collections.shuffle(sentences, random);
        StringBuilder text = new StringBuilder("Arson attack on " + f.mosque() + " mosque in " + f.town() + "\n");
        for (String s : sentences.subList(0, 5)) {
          text.append(fill(s, f)).append('\n');
        }
        text.append(FILLER.get(random.nextInt(FILLER.size())));
        out.add(new Report("e" + e + "r" + r, text.toString(), e));
      }
    }
    return out;
  }

  private static String fill(String template, Facts f) {
    return template.replace("{M}", f.mosque()).replace("{T}", f.town()).replace("{I}", f.imam())
        .replace("{S}", f.suspect()).replace("{Y}", f.year()).replace("{D}", f.day());
  }
}
