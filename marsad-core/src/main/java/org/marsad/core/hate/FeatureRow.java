package org.marsad.core.hate;

import java.util.Arrays;

/**
 * One post as a sparse feature vector: strictly increasing indices and their values. Immutable
 * once built (the arrays are not exposed outside the package). Thread-safe.
 */
record FeatureRow(int[] indices, float[] values) {

  FeatureRow {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length: " + indices.length + " vs " + values.length);
    }
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] <= indices[i - 1]) {
        throw new IllegalArgumentException("indices must increase: " + indices[i - 1] + " then " + indices[i]);
      }
    }
  }

  int size() {
    return indices.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureRow r && Arrays.equals(indices, r.indices) && Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }
}
