package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and document frequencies, learnt as documents arrive, for TF-IDF weighting: sublinear
 * term frequency (1 + ln tf) times smoothed idf (ln((n + 1) / (df + 1)) + 1). Not thread-safe: its
 * owner serialises calls.
 */
final class TermStatistics {

  /** Added to every idf, so that terms of the first documents (seen in all so far) still count. */
  static final double IDF_FLOOR = 1;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<int[]> df = new ArrayList<>();
  private long documents;

  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = ids.size();
      ids.put(term, id);
      df.add(new int[1]);
    }
    return id;
  }

  /** Counts one document containing {@code terms}. */
  void count(Map<String, Float> terms) {
    documents++;
    for (String t : terms.keySet()) {
      df.get(id(t))[0]++;
    }
  }

  double idf(int id) {
    return Math.log((documents + 1.0) / (df.get(id)[0] + 1.0)) + IDF_FLOOR;
  }

  int df(int id) {
    return df.get(id)[0];
  }

  /** The unit TF-IDF vector of {@code terms} with the frequencies known now. */
  SparseVector vector(Map<String, Float> terms) {
    int[] tid = new int[terms.size()];
    float[] w = new float[terms.size()];
    int n = 0;
    for (var e : terms.entrySet()) {
      int id = id(e.getKey());
      tid[n] = id;
      w[n++] = (float) ((1 + Math.log(Math.max(1f, e.getValue()))) * idf(id));
    }
    return SparseVector.unit(tid, w);
  }
}
