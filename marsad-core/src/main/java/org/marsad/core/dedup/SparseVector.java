package org.marsad.core.dedup;

import java.util.Arrays;

/**
 * A sparse vector of floats over term ids, ids ascending: compact (two arrays) and cheap to dot and
 * add. Immutable; thread-safe.
 */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] values;

  SparseVector(int[] ids, float[] values) {
    if (ids.length != values.length) {
      throw new IllegalArgumentException("lengths differ: " + ids.length + " vs " + values.length);
    }
    this.ids = ids;
    this.values = values;
  }

  /** From unsorted parallel arrays (ids distinct), scaled to unit length. */
  static SparseVector unit(int[] ids, float[] values) {
    Integer[] order = new Integer[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
      norm += (double) values[i] * values[i];
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
    int[] i2 = new int[ids.length];
    float[] v2 = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      i2[i] = ids[order[i]];
      v2[i] = values[order[i]] * scale;
    }
    return new SparseVector(i2, v2);
  }

  int size() {
    return ids.length;
  }

  double dot(SparseVector o) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      int a = ids[i];
      int b = o.ids[j];
      if (a == b) {
        sum += (double) values[i++] * o.values[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  SparseVector plus(SparseVector o) {
    int[] ids2 = new int[ids.length + o.ids.length];
    float[] v2 = new float[ids2.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < o.ids.length) {
      if (j >= o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
        ids2[n] = ids[i];
        v2[n++] = values[i++];
      } else if (i >= ids.length || o.ids[j] < ids[i]) {
        ids2[n] = o.ids[j];
        v2[n++] = o.values[j++];
      } else {
        ids2[n] = ids[i];
        v2[n++] = values[i++] + o.values[j++];
      }
    }
    return new SparseVector(Arrays.copyOf(ids2, n), Arrays.copyOf(v2, n));
  }
}
