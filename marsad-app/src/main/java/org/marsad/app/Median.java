package org.marsad.app;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The median of a benchmark's measured passes, so that one lucky or unlucky pass does not make its figures. */
final class Median {

  private Median() {}

  /** The median of {@code passes} by {@code time}: the middle one, or the slower of the middle two. */
  static <T> T byTime(List<T> passes, ToDoubleFunction<T> time) {
    if (passes.isEmpty()) {
      throw new IllegalArgumentException("no pass to take the median of");
    }
    return passes.stream().sorted(Comparator.comparingDouble(time)).toList().get(passes.size() / 2);
  }
}
