package org.marsad.core.hate;

/**
 * What the post classifier sees of a post, and how loud each kind of feature is. A weight scales a
 * group of features after it is L2-normalised; since the classifier's L2 penalty is shared, a
 * larger weight means a weaker penalty on that group. A weight of 0 leaves the group out.
 *
 * @param hashBits word and character n-grams are hashed into {@code 2^hashBits} buckets (10..22)
 * @param maxWordNgram word n-grams from 1 to this length (1..3)
 * @param minCharNgram shortest character n-gram inside a word padded with spaces (1..maxCharNgram)
 * @param maxCharNgram longest character n-gram (up to 8)
 * @param wordWeight weight of the word n-gram group
 * @param charWeight weight of the character n-gram group
 * @param lexiconWeight weight of the lexicon group (see {@code hate-lexicon.en.txt})
 * @param embeddingWeight weight of the MiniLM sentence embedding (384 values, unit length)
 */
public record FeatureConfig(
    int hashBits,
    int maxWordNgram,
    int minCharNgram,
    int maxCharNgram,
    double wordWeight,
    double charWeight,
    double lexiconWeight,
    double embeddingWeight) {

  public FeatureConfig {
    if (hashBits < 10 || hashBits > 22) {
      throw new IllegalArgumentException("hashBits must be in [10, 22]: hashBits=" + hashBits);
    }
    if (maxWordNgram < 1 || maxWordNgram > 3) {
      throw new IllegalArgumentException("maxWordNgram must be in [1, 3]: maxWordNgram=" + maxWordNgram);
    }
    if (minCharNgram < 1 || maxCharNgram > 8 || minCharNgram > maxCharNgram) {
      throw new IllegalArgumentException("need 1 <= minCharNgram <= maxCharNgram <= 8: minCharNgram="
          + minCharNgram + ", maxCharNgram=" + maxCharNgram);
    }
    for (double w : new double[] {wordWeight, charWeight, lexiconWeight, embeddingWeight}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0: word=" + wordWeight + ", char="
            + charWeight + ", lexicon=" + lexiconWeight + ", embedding=" + embeddingWeight);
      }
    }
  }

  /** The settings the committed model was trained with (chosen on the validation split). */
  public static FeatureConfig defaults() {
    return new FeatureConfig(18, 2, 2, 5, 1.0, 1.0, 0.5, 1.0);
  }

  /** Whether the sentence embedding is among the features. */
  public boolean usesEmbedding() {
    return embeddingWeight > 0;
  }
}
