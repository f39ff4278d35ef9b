package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory LSH index of MinHash signatures: {@link #nearest} finds, among the documents that
 * share a band with a new one, the most similar at or above the threshold. Each document costs
 * {@link MinHasher#BANDS} map entries and its signature, so memory and time grow linearly. Not
 * thread-safe: its owner serialises calls.
 */
final class NearDuplicateIndex {

  /** A document found near, with its estimated Jaccard similarity. */
  record Near(String documentId, double jaccard) {}

  private final double threshold;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();

  NearDuplicateIndex(double threshold) {
    this.threshold = threshold;
  }

  Optional<Near> nearest(long[] signature) {
    long[] keys = MinHasher.bands(signature);
    int best = -1;
    double bestJ = threshold;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (long k : keys) {
      for (int d : buckets.getOrDefault(k, List.of())) {
        if (seen.add(d)) {
          double j = MinHasher.jaccard(signature, signatures.get(d));
          if (j >= bestJ && (best < 0 || j > bestJ)) {
            best = d;
            bestJ = j;
          }
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new Near(ids.get(best), bestJ));
  }

  void add(String documentId, long[] signature) {
    int d = ids.size();
    ids.add(documentId);
    signatures.add(signature);
    for (long k : MinHasher.bands(signature)) {
      buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(d);
    }
  }
}
