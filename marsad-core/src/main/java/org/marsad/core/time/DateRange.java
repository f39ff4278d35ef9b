package org.marsad.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar days with the precision it was stated at.
 *
 * @param start first day
 * @param end last day, not before {@code start}
 * @param precision how precisely the text stated it
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision) {

  /** How precisely a date was stated. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    SEASON,
    YEAR,
    DECADE
  }

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("range end before start: start=" + start + ", end=" + end);
    }
  }

  public static DateRange day(LocalDate day) {
    return new DateRange(day, day, Precision.DAY);
  }

  /** Whether the text named a day or a short range of days (a two-day session). */
  public boolean isDayPrecise() {
    return precision == Precision.DAY;
  }

  public boolean isSingleDay() {
    return start.equals(end);
  }
}
