package org.marsad.core.source;

import java.time.Duration;

/**
 * When to poll a feed again: after the normal interval when the last poll went well, else after
 * {@code base} doubled for each failure in a row, at most {@code max}.
 *
 * @param interval the normal polling interval
 * @param base the wait after the first failure
 * @param max the longest wait
 */
public record Backoff(Duration interval, Duration base, Duration max) {

  public Backoff {
    if (interval.isNegative() || base.isNegative() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("need interval >= 0, base >= 0 and max >= base: interval=" + interval
          + ", base=" + base + ", max=" + max);
    }
  }

  /** Every ten minutes, as news observatories refresh; 1 min doubling to 6 h after errors. */
  public static Backoff defaults() {
    return new Backoff(Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofHours(6));
  }

  /** The wait after {@code failures} failures in a row (0: the normal interval). */
  public Duration after(int failures) {
    if (failures <= 0) {
      return interval;
    }
    Duration d = base;
    for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(max) > 0 ? max : d;
  }
}
