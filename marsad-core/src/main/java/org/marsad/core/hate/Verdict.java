package org.marsad.core.hate;

import java.util.Objects;

/**
 * What the {@link PostClassifier} says of one post.
 *
 * @param label the most likely class after the model's tuned class offsets
 * @param hate probability of hate speech
 * @param offensive probability of offensive
 * @param normal probability of normal
 * @param islamScore probability that the post targets Islam or Muslims (Arabs included), from the
 *     target head alone
 * @param targetsIslam whether the post is judged hateful or offensive towards Islam or Muslims: the
 *     label is not normal and {@code islamScore} reaches the model's threshold
 * @param model the id and digest of the model that decided (provenance)
 */
public record Verdict(HateLabel label, double hate, double offensive, double normal, double islamScore,
    boolean targetsIslam, String model) {

  public Verdict {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(model, "model");
    for (double p : new double[] {hate, offensive, normal, islamScore}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probabilities must be in [0, 1]: hate=" + hate + ", offensive=" + offensive
            + ", normal=" + normal + ", islamScore=" + islamScore);
      }
    }
    if (Math.abs(hate + offensive + normal - 1) > 1e-6) {
      throw new IllegalArgumentException("class probabilities must sum to 1: " + (hate + offensive + normal));
    }
    if (targetsIslam && label == HateLabel.NORMAL) {
      throw new IllegalArgumentException("a normal post cannot target Islam: islamScore=" + islamScore);
    }
  }

  /** The probability of a class. */
  public double probability(HateLabel l) {
    return switch (l) {
      case HATESPEECH -> hate;
      case OFFENSIVE -> offensive;
      case NORMAL -> normal;
    };
  }

  /** Probability that the post is hateful or offensive at all (1 minus normal). */
  public double toxicity() {
    return 1 - normal;
  }
}
