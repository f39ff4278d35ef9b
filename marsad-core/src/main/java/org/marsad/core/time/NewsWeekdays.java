package org.marsad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * News reports the past: "on Saturday" in an article of Monday is two days before, not five days
 * after. A weekday named alone is the latest such day up to publication, unless its sentence speaks
 * of the future ("will", "next", "expected"): then it is the next such day from publication.
 * {@link #anchor} applies the older, narrower form to a resolved range: a weekday that SUTime put in
 * the week after publication moves back a week. Stateless and thread-safe.
 */
public final class NewsWeekdays {

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?is).*\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");
  private static final Pattern WEEKEND = Pattern.compile("(?is).*\\bweek-?end\\b.*");
  private static final Pattern FUTURE = Pattern.compile(
      "(?is).*\\b(will|shall|'ll|next|expected|scheduled|due|plans?|planned|upcoming|tomorrow)\\b.*");

  private NewsWeekdays() {}

  /** The day {@code weekday}, named alone in {@code sentence}, means in news published on {@code published}. */
  public static LocalDate resolve(DayOfWeek weekday, String sentence, LocalDate published) {
    if (speaksOfFuture(sentence)) {
      return published.with(TemporalAdjusters.nextOrSame(weekday));
    }
    return published.with(TemporalAdjusters.previousOrSame(weekday));
  }

  /** {@code range} as the past weekday the text most likely means. */
  public static DateRange anchor(DateRange range, String timexText, String sentence, LocalDate published) {
    if (range == null || !range.isSingleDay() || !movesBack(range.start(), timexText, sentence, published)) {
      return range;
    }
    return DateRange.day(range.start().minusDays(7));
  }

  /**
   * Whether {@code day}, which SUTime resolved a weekday ({@code timexText} names one) to, is in
   * the week after {@code published} and its sentence does not speak of the future, so that the
   * text means the same weekday a week earlier.
   */
  public static boolean movesBack(LocalDate day, String timexText, String sentence, LocalDate published) {
    return isWeekday(timexText) && isNextWeekInThePast(day, sentence, published);
  }

  /** Whether {@code timexText} names a weekend. */
  static boolean isWeekend(String timexText) {
    return WEEKEND.matcher(timexText).matches();
  }

  static boolean isWeekday(String timexText) {
    return WEEKDAY.matcher(timexText).matches();
  }

  /** Whether {@code day} is in the seven days after {@code published} and the sentence does not speak of the future. */
  static boolean isNextWeekInThePast(LocalDate day, String sentence, LocalDate published) {
    return published != null && day.isAfter(published) && !day.isAfter(published.plusDays(7))
        && !speaksOfFuture(sentence);
  }

  /** Whether {@code sentence} speaks of the future ("will", "next", "expected", "plans"...). */
  static boolean speaksOfFuture(String sentence) {
    return FUTURE.matcher(sentence).matches();
  }
}
