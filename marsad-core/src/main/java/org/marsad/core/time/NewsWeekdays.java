package org.marsad.core.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * News reports the past: "on Saturday" in an article of Monday is two days before, not five days
 * after. A weekday that SUTime resolved to a day after publication is moved back a week, unless
 * its sentence speaks of the future ("will", "next", "expected"). Stateless and thread-safe.
 */
public final class NewsWeekdays {

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i).*\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");
  private static final Pattern FUTURE = Pattern.compile(
      "(?i).*\\b(will|shall|'ll|next|expected|scheduled|due|plans?|planned|upcoming|tomorrow)\\b.*");

  private NewsWeekdays() {}

  /** {@code range} as the past weekday the text most likely means. */
  public static DateRange anchor(DateRange range, String timexText, String sentence, LocalDate published) {
    if (range == null || published == null || !range.isSingleDay() || !WEEKDAY.matcher(timexText).matches()
        || !range.start().isAfter(published) || range.start().isAfter(published.plusDays(7))
        || FUTURE.matcher(sentence).matches()) {
      return range;
    }
    return DateRange.day(range.start().minusDays(7));
  }
}
