package org.marsad.core.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as written in the registry: {@code 2018}, {@code
 * 2018-08} or {@code 2018-08-20}. Immutable and thread-safe.
 *
 * @param year the year
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to 31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1900 || year > 2100) {
      throw new IllegalArgumentException("year out of range 1900..2100: year=" + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range 0..12: month=" + month);
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("a day needs a month: year=" + year + ", day=" + day);
      }
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        throw new IllegalArgumentException(
            "no such day: year=" + year + ", month=" + month + ", day=" + day);
      }
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: date=" + text);
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(Integer.parseInt(m.group(1)), month, day);
  }

  /** The first day this date may mean. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date may mean. */
  public LocalDate latest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /** The registry form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    return day == 0
        ? String.format("%04d-%02d", year, month)
        : String.format("%04d-%02d-%02d", year, month, day);
  }
}
