package org.marsad.core.embed;

import java.util.Arrays;
import java.util.Objects;

/**
 * A unit-length sentence embedding and the model that made it. Immutable: the vector is copied in
 * and out. Thread-safe.
 *
 * @param vector the components, L2-normalised (a zero vector stays zero)
 * @param model the model version, for provenance (for example {@link SentenceEmbedder#MODEL})
 */
public record Embedding(float[] vector, String model) {

  public Embedding {
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(model, "model");
    if (vector.length == 0) {
      throw new IllegalArgumentException("vector must not be empty: model=" + model);
    }
    for (int i = 0; i < vector.length; i++) {
      if (!Float.isFinite(vector[i])) {
        throw new IllegalArgumentException("vector[" + i + "] is not finite: " + vector[i]);
      }
    }
    vector = vector.clone();
  }

  @Override
  public float[] vector() {
    return vector.clone();
  }

  public int dimension() {
    return vector.length;
  }

  /** Cosine similarity, in [-1, 1]; both vectors are unit length, so this is their dot product. */
  public double cosine(Embedding other) {
    if (other.vector.length != vector.length) {
      throw new IllegalArgumentException("dimensions differ: " + vector.length + " vs " + other.vector.length);
    }
    double dot = 0;
    for (int i = 0; i < vector.length; i++) {
      dot += (double) vector[i] * other.vector[i];
    }
    return dot;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && model.equals(e.model) && Arrays.equals(vector, e.vector);
  }

  @Override
  public int hashCode() {
    return 31 * model.hashCode() + Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "Embedding[" + model + ", dimension " + vector.length + "]";
  }
}
