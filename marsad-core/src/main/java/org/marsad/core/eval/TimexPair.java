package org.marsad.core.eval;

import org.marsad.core.time.TimexAnnotation;

/**
 * A gold timex and the system timex aligned with it; either side is null when nothing overlapped.
 *
 * @param gold the gold timex, or null for a system timex that matched none
 * @param system the system timex, or null for a gold timex that was missed
 */
public record TimexPair(TimexAnnotation gold, TimexAnnotation system) {

  public TimexPair {
    if (gold == null && system == null) {
      throw new IllegalArgumentException("a timex pair needs a gold or a system timex: both null");
    }
  }

  /** Both sides present: their spans overlap (relaxed match). */
  public boolean matched() {
    return gold != null && system != null;
  }

  /** Matched with identical extent. */
  public boolean strict() {
    return matched() && gold.span().equals(system.span());
  }

  public boolean sameValue() {
    return matched() && gold.value().equals(system.value());
  }

  public boolean sameType() {
    return matched() && gold.type().equals(system.type());
  }
}
