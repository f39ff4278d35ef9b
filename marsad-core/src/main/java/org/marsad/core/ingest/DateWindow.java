package org.marsad.core.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The range of publication dates ingest accepts: from {@code earliest} to today by {@code clock} plus
 * {@code toleranceDays} (publishers east of the clock's zone may already be a day ahead).
 *
 * <p>Needs: a clock (injected, never the system default). Gives: a one-line reason for a date outside the
 * window. Thread-safety: immutable; safe from any thread if the clock is.
 *
 * @param earliest the first accepted day
 * @param clock the clock that says what today is; its zone decides the day
 * @param toleranceDays days after today still accepted, at least 0
 */
record DateWindow(LocalDate earliest, Clock clock, int toleranceDays) {

  DateWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(clock, "clock");
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("toleranceDays must be >= 0: toleranceDays=" + toleranceDays);
    }
  }

  /** Why {@code date} is refused, or empty when it is inside the window. */
  Optional<String> problem(LocalDate date) {
    if (date.isBefore(earliest)) {
      return Optional.of("published date " + date + " is before " + earliest);
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today.plusDays(toleranceDays))) {
      return Optional.of("published date " + date + " is in the future (today is " + today + ")");
    }
    return Optional.empty();
  }
}
