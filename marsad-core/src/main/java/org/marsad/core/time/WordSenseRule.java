package org.marsad.core.time;

import java.util.regex.Pattern;

/**
 * Drops words SUTime reads as time in another sense: "present" as a verb or adjective ("might
 * present", "were present"; "at present" stays), "past" without "the" ("past years", "continue
 * past the deadline"), "march" in lower case (a protest march), a month that is part of a name
 * ("Jan Kavan", "Theresa May"), "day" alone ("that day", "Sandra Day O'Connor": SUTime makes it a
 * one-day duration), and "a quarter" or "three-quarters" of something. Stateless and thread-safe.
 */
final class WordSenseRule implements TimexRule {

  private static final Pattern PRESENT = Pattern.compile("(?i)present");
  private static final Pattern PRESENT_AS_TIME = Pattern.compile("(?is).*\\b(at|the|until|to)\\s+$");
  private static final Pattern PAST = Pattern.compile("(?i)past");
  private static final Pattern LOWER_MONTH = Pattern.compile("march|may");
  private static final Pattern MONTH = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*");
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s[A-Z][a-z]+\\b.*", Pattern.DOTALL);
  private static final Pattern NAME_BEFORE = Pattern.compile("(?s).*\\S\\s+[A-Z][a-z]+\\s$");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "^\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\b.*"
          + "|(?s).*\\b(?:In|On|Since|Until|By|From|Last|Next|This|Early|Late|Mid|Through|Before|After|Of|And)\\s$",
      Pattern.DOTALL);
  private static final Pattern DAY = Pattern.compile("(?i)day");
  private static final Pattern FRACTION = Pattern.compile("(?i)(?:about |nearly |almost |more than |less than )?"
      + "(?:a|one|two|three)[- ]quarters?");
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b.*", Pattern.DOTALL);

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    String words = context.words(draft.span());
    String before = context.before(draft.span());
    String after = context.after(draft.span());
    if (PRESENT.matcher(words).matches() && !PRESENT_AS_TIME.matcher(before).matches()) {
      return null;
    }
    if (PAST.matcher(words).matches() || LOWER_MONTH.matcher(words).matches()) {
      return null;
    }
    if (MONTH.matcher(words).matches() && (NAME_AFTER.matcher(after).matches() || NAME_BEFORE.matcher(before).matches())
        && !NOT_A_NAME.matcher(after).matches() && !NOT_A_NAME.matcher(before).matches()) {
      return null;
    }
    if (DAY.matcher(words).matches() && draft.type().equals("DURATION")) {
      return null;
    }
    if (FRACTION.matcher(words).matches() && draft.type().equals("DURATION") && OF_AFTER.matcher(after).matches()) {
      return null;
    }
    return draft;
  }
}
