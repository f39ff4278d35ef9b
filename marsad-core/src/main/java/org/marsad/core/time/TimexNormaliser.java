package org.marsad.core.time;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the {@link TimexConvention}s chosen to a timex SUTime found: TimeML's conventions for
 * values and extents, and news's for weekdays. Needs the timex's context; gives the timex as
 * TimeML would annotate it, or empty when TimeML would not annotate it. Immutable and thread-safe.
 */
public final class TimexNormaliser {

  private final Set<TimexConvention> conventions;

  private TimexNormaliser(Set<TimexConvention> conventions) {
    this.conventions = Set.copyOf(conventions);
  }

  /** A normaliser applying {@code conventions}. */
  public static TimexNormaliser of(Set<TimexConvention> conventions) {
    return new TimexNormaliser(conventions.isEmpty() ? EnumSet.noneOf(TimexConvention.class) : EnumSet.copyOf(conventions));
  }

  /** {@code draft} after the conventions, or empty when one of them drops it. */
  public Optional<TimexAnnotation> apply(TimexAnnotation draft, TimexContext context) {
    TimexAnnotation d = draft;
    for (TimexConvention c : TimexConvention.values()) {
      if (d != null && conventions.contains(c)) {
        d = c.rule().apply(d, context);
      }
    }
    return Optional.ofNullable(d);
  }
}
