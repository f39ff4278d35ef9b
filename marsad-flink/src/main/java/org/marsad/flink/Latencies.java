package org.marsad.flink;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary of latencies in milliseconds: nearest-rank 50th and 95th percentiles, the maximum and
 * how many were measured. Immutable.
 */
public record Latencies(long p50, long p95, long max, int samples) {

  /** The summary of {@code ms}; all zero when it is empty. */
  public static Latencies of(List<Long> ms) {
    if (ms.isEmpty()) {
      return new Latencies(0, 0, 0, 0);
    }
    List<Long> sorted = new ArrayList<>(ms);
    sorted.sort(null);
    return new Latencies(rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast(), sorted.size());
  }

  private static long rank(List<Long> sorted, double p) {
    return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }
}
