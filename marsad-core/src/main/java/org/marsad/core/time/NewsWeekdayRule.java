package org.marsad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link NewsWeekdays} on values: a weekday named alone ("Friday", "Friday night", "noon Saturday",
 * "4 a.m. EDT Thursday", not "last Friday" nor "Friday, Oct. 23") is the latest such day up to the
 * DCT, or the next one from it when the words leading up to it in its clause speak of the future
 * ("will meet on Thursday", not "was announced Wednesday; they will appeal"); a time or part of day
 * is kept ({@code 1990-08-10TNI}). "The weekend" likewise is the latest weekend that began by the DCT,
 * or the next one. SUTime resolves weekdays inconsistently, often to the week after the DCT.
 * Stateless and thread-safe.
 */
final class NewsWeekdayRule implements TimexRule {

  private static final Pattern BARE_WEEKDAY = Pattern.compile(
      "(?i)(?:(?:early|late|about|around|noon|midnight|\\d{1,2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{3})?),?\\s+)*"
          + "(mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?");
  private static final Pattern BARE_WEEKEND = Pattern.compile("(?i)(?:the |this )?week-?end");
  private static final int LEAD_UP = 8;
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");

  @Override
  public TimexAnnotation apply(TimexAnnotation draft, TimexContext context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return draft;
    }
    String words = context.words(draft.span());
    String sentence = leadUp(context.before(draft.span()));
    Matcher w = BARE_WEEKDAY.matcher(words);
    Matcher v = DAY.matcher(draft.value());
    if (w.matches() && v.matches()) {
      LocalDate day = NewsWeekdays.resolve(weekday(w.group(1)), sentence, dct);
      return draft.withValue(day + (v.group(2) == null ? "" : v.group(2)));
    }
    if (BARE_WEEKEND.matcher(words).matches() && WEEKEND.matcher(draft.value()).matches()) {
      LocalDate saturday = NewsWeekdays.resolve(DayOfWeek.SATURDAY, sentence, dct);
      return draft.withValue(String.format("%d-W%02d-WE",
          saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
    return draft;
  }

  /** The last words before a timex in its clause, where a future tense that governs it would be. */
  static String leadUp(String before) {
    String[] clauses = before.split("[,;:()\"]|``|''", -1);
    String clause = clauses.length == 0 ? "" : clauses[clauses.length - 1];
    String[] words = clause.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - LEAD_UP), words.length));
  }

  private static DayOfWeek weekday(String stem) {
    String s = stem.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(s)) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a weekday: " + stem);
  }
}
