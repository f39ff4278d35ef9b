package org.marsad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value into the calendar days it denotes. Stateless and thread-safe.
 *
 * <p>Understands days ({@code 2020-11-26}), months ({@code 2020-11}), years ({@code 2020}),
 * decades ({@code 201X} or, as TimeML writes them, {@code 201}), ISO weeks ({@code 2020-W48}), seasons ({@code 2020-SU}), a time on a
 * day ({@code 2020-11-26T10:00}), ranges {@code a/b}, and {@code PRESENT_REF} (the anchor date).
 * Durations, sets and vague past or future references denote no days and give empty.
 */
public final class TimexValues {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private TimexValues() {}

  /** The days {@code value} denotes, with {@code anchor} standing for the present. */
  public static Optional<DateRange> parse(String value, LocalDate anchor) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.equals("PRESENT_REF")) {
      return anchor == null ? Optional.empty() : Optional.of(DateRange.day(anchor));
    }
    int slash = v.indexOf('/');
    if (slash > 0) {
      Optional<DateRange> a = parse(v.substring(0, slash), anchor);
      Optional<DateRange> b = parse(v.substring(slash + 1), anchor);
      if (a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().start())) {
        DateRange.Precision p = a.get().precision().compareTo(b.get().precision()) >= 0
            ? a.get().precision() : b.get().precision();
        return Optional.of(new DateRange(a.get().start(), b.get().end(), p));
      }
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(single(v));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static DateRange single(String v) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return DateRange.day(d);
    }
    if ((m = MONTH.matcher(v)).matches()) {
      YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
      return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DateRange.Precision.MONTH);
    }
    if ((m = YEAR.matcher(v)).matches()) {
      int y = num(m, 1);
      return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DateRange.Precision.YEAR);
    }
    if ((m = DECADE.matcher(v)).matches()) {
      int y = num(m, 1) * 10;
      return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), DateRange.Precision.DECADE);
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
      return new DateRange(start, monday.plusDays(6), DateRange.Precision.WEEK);
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      int q = num(m, 2);
      YearMonth first = YearMonth.of(num(m, 1), q * 3 - 2);
      return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DateRange.Precision.SEASON);
    }
    if ((m = SEASON.matcher(v)).matches()) {
      int y = num(m, 1);
      return switch (m.group(2)) {
        case "SP" -> new DateRange(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31), DateRange.Precision.SEASON);
        case "SU" -> new DateRange(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), DateRange.Precision.SEASON);
        case "FA" -> new DateRange(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30), DateRange.Precision.SEASON);
        default -> new DateRange(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28), DateRange.Precision.SEASON);
      };
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
