package org.marsad.core.dedup;

/**
 * Settings of {@link EventClusterer}; {@link #defaults()} were tuned on the ECB+ dev split only.
 *
 * @param threshold least score with which a document joins an event (else it starts one)
 * @param nameWeight share of the names' similarity in the score; the words' share is the rest
 * @param yearPenalty subtracted times the share of an event's documents that name another year
 * @param nearDuplicate least estimated Jaccard similarity of shingles for a near-duplicate
 * @param candidateTerms how many of a document's heaviest terms look up candidate events
 * @param maxPostings events kept per term in the candidate index (the latest), so that common
 *     terms cannot make matching quadratic
 */
public record ClustererConfig(
    double threshold,
    double nameWeight,
    double yearPenalty,
    double nearDuplicate,
    int candidateTerms,
    int maxPostings) {

  public ClustererConfig {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): threshold=" + threshold);
    }
    if (!(nameWeight >= 0 && nameWeight <= 1)) {
      throw new IllegalArgumentException("nameWeight must be in [0, 1]: nameWeight=" + nameWeight);
    }
    if (!(yearPenalty >= 0 && yearPenalty <= 1)) {
      throw new IllegalArgumentException("yearPenalty must be in [0, 1]: yearPenalty=" + yearPenalty);
    }
    if (!(nearDuplicate > 0 && nearDuplicate <= 1)) {
      throw new IllegalArgumentException("nearDuplicate must be in (0, 1]: nearDuplicate=" + nearDuplicate);
    }
    if (candidateTerms < 1 || maxPostings < 1) {
      throw new IllegalArgumentException("candidateTerms and maxPostings must be positive: candidateTerms="
          + candidateTerms + ", maxPostings=" + maxPostings);
    }
  }

  public static ClustererConfig defaults() {
    return new ClustererConfig(0.16, 0.5, 0.1, 0.8, 16, 256);
  }

  public ClustererConfig withThreshold(double t) {
    return new ClustererConfig(t, nameWeight, yearPenalty, nearDuplicate, candidateTerms, maxPostings);
  }

  public ClustererConfig withNameWeight(double w) {
    return new ClustererConfig(threshold, w, yearPenalty, nearDuplicate, candidateTerms, maxPostings);
  }

  public ClustererConfig withYearPenalty(double p) {
    return new ClustererConfig(threshold, nameWeight, p, nearDuplicate, candidateTerms, maxPostings);
  }
}
