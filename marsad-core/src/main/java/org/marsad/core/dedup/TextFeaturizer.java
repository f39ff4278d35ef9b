package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link TextFeatures} from a title and a text: words are runs of letters (any script) or
 * digits; stop words and one-letter words are dropped; a word written with a capital (a name; at
 * the start of a sentence only if the text also capitalises it elsewhere) or a year between 1950
 * and 2029 also counts as a name; the title and the first {@link #LEAD}
 * sentences count {@link #LEAD_WEIGHT} times. Stateless and thread-safe.
 */
public final class TextFeaturizer {

  static final int LEAD = 2;
  static final float LEAD_WEIGHT = 3f;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\\-]*|\\p{Nd}+");
  private static final Pattern SENTENCE_END = Pattern.compile("\\n+|(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern YEAR = Pattern.compile("19[5-9]\\d|20[0-2]\\d");
  private static final Set<String> STOP = Set.of(("the a an of to in and or for on at by with from"
      + " as is was were be been are it its this that these those he she they his her their i we"
      + " you our not but has have had will would said says say after before over about into than"
      + " more also who which what when where there here up out one two new").split(" "));
  private static final Set<String> NOT_NAMES = Set.of(("the a an in on at he she it they this that"
      + " his her but and as after mr mrs ms dr monday tuesday wednesday thursday friday saturday"
      + " sunday january february march april may june july august september october november"
      + " december").split(" "));

  private TextFeaturizer() {}

  public static TextFeatures of(String title, String text) {
    Map<String, Float> words = new HashMap<>();
    Map<String, Float> names = new HashMap<>();
    Map<String, Integer> years = new HashMap<>();
    List<String> sentences = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      sentences.add(title);
    }
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank() && !(sentences.size() == 1 && title != null && s.strip().equals(title.strip()))) {
        sentences.add(s);
      }
    }
    Set<String> midCapitals = midSentenceCapitals(sentences);
    int lead = title != null && !title.isBlank() ? LEAD + 1 : LEAD;
    for (int i = 0; i < sentences.size(); i++) {
      add(sentences.get(i), i < lead ? LEAD_WEIGHT : 1f, words, names, years, midCapitals);
    }
    int year = 0;
    int most = 0;
    for (var e : years.entrySet()) {
      int y = Integer.parseInt(e.getKey());
      if (e.getValue() > most || (e.getValue() == most && y > year)) {
        most = e.getValue();
        year = y;
      }
    }
    return new TextFeatures(words, names, year);
  }

  /** Words written with a capital somewhere other than at the start of a sentence. */
  private static Set<String> midSentenceCapitals(List<String> sentences) {
    Set<String> out = new HashSet<>();
    for (String s : sentences) {
      Matcher m = WORD.matcher(s);
      boolean first = true;
      while (m.find()) {
        String w = m.group();
        if (!first && Character.isUpperCase(w.codePointAt(0))) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
        first = false;
      }
    }
    return out;
  }

  private static void add(String s, float weight, Map<String, Float> words, Map<String, Float> names,
      Map<String, Integer> years, Set<String> midCapitals) {
    Matcher m = WORD.matcher(s);
    boolean first = true;
    while (m.find()) {
      boolean initial = first;
      first = false;
      String w = m.group();
      if (w.length() < 2) {
        continue;
      }
      String lw = w.toLowerCase(Locale.ROOT);
      if (STOP.contains(lw)) {
        continue;
      }
      words.merge(lw, weight, Float::sum);
      boolean year = w.length() == 4 && YEAR.matcher(w).matches();
      if (year) {
        years.merge(w, 1, Integer::sum);
      }
      boolean capital = Character.isUpperCase(w.codePointAt(0)) && (!initial || midCapitals.contains(lw));
      if (year || (capital && !NOT_NAMES.contains(lw))) {
        names.merge(lw, weight, Float::sum);
      }
    }
  }
}
