package org.marsad.app.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The span of days a report covers: a year ({@code 2023}), a month ({@code 2023-07}) or a range of
 * days ({@code 2023-01-01..2023-06-30}), both ends inclusive. Immutable.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 * @param kind YEAR, MONTH or RANGE: which report it is (annual report, monthly bulletin, report)
 * @param label how the user wrote it, e.g. {@code 2023-07}
 */
public record Period(LocalDate from, LocalDate to, Kind kind, String label) {

  /** Which sort of report the period asks for. */
  public enum Kind {
    YEAR,
    MONTH,
    RANGE
  }

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code FROM..TO} (ISO dates). */
  public static Period parse(String text) {
    String s = Objects.requireNonNull(text, "period").trim();
    try {
      if (s.matches("\\d{4}")) {
        int year = Integer.parseInt(s);
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR, s);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(s);
        return new Period(month.atDay(1), month.atEndOfMonth(), Kind.MONTH, s);
      }
      int dots = s.indexOf("..");
      if (dots > 0) {
        return new Period(
            LocalDate.parse(s.substring(0, dots)), LocalDate.parse(s.substring(dots + 2)), Kind.RANGE, s);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a period (YYYY, YYYY-MM or FROM..TO): " + text, e);
    }
    throw new IllegalArgumentException("not a period (YYYY, YYYY-MM or FROM..TO): " + text);
  }

  /** The whole years from the year of {@code first} to that of {@code last}. */
  public static Period years(LocalDate first, LocalDate last) {
    if (first.getYear() == last.getYear()) {
      return parse(Integer.toString(first.getYear()));
    }
    return new Period(LocalDate.of(first.getYear(), 1, 1), LocalDate.of(last.getYear(), 12, 31), Kind.RANGE,
        first.getYear() + "-01-01.." + last.getYear() + "-12-31");
  }

  /** The period of the same kind and length just before this one, for comparison. */
  public Period previous() {
    return switch (kind) {
      case YEAR -> parse(Integer.toString(from.getYear() - 1));
      case MONTH -> parse(YearMonth.from(from).minusMonths(1).toString());
      case RANGE -> {
        long days = days();
        LocalDate end = from.minusDays(1);
        LocalDate start = end.minusDays(days - 1);
        yield new Period(start, end, Kind.RANGE, start + ".." + end);
      }
    };
  }

  /** Number of days covered. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
