package org.marsad.core.hate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.marsad.core.embed.SentenceEmbedder;

/**
 * Turns a post (and its sentence embedding) into a {@link FeatureRow}: hashed word n-grams and
 * character n-grams within words, each group with sub-linear counts ({@code 1 + ln count}) scaled
 * to unit length; per lexicon category, presence and {@code ln(1 + count)}; the embedding as is.
 * Each group is then multiplied by its weight in the {@link FeatureConfig}. Layout: buckets {@code
 * [0, 2^hashBits)}, then the lexicon, then the 384 embedding values. Immutable, thread-safe.
 */
final class PostFeatures {

  private final FeatureConfig config;
  private final Lexicon lexicon;
  private final int buckets;

  FeatureConfig config() {
    return config;
  }

  PostFeatures(FeatureConfig config, Lexicon lexicon) {
    this.config = Objects.requireNonNull(config, "config");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.buckets = 1 << config.hashBits();
  }

  /** Number of feature indices. */
  int dimension() {
    return buckets + 2 * lexicon.categories().size() + SentenceEmbedder.DIMENSION;
  }

  /**
   * The features of {@code text}; {@code embedding} is its sentence embedding, or null when the
   * configuration uses none.
   */
  FeatureRow row(String text, float[] embedding) {
    List<String> tokens = PostText.tokens(text);
    TreeMap<Integer, Float> out = new TreeMap<>();
    if (config.wordWeight() > 0) {
      addGroup(out, wordCounts(tokens), config.wordWeight());
    }
    if (config.charWeight() > 0) {
      addGroup(out, charCounts(tokens), config.charWeight());
    }
    if (config.lexiconWeight() > 0) {
      int[] counts = lexicon.counts(tokens);
      for (int c = 0; c < counts.length; c++) {
        if (counts[c] > 0) {
          out.put(buckets + 2 * c, (float) config.lexiconWeight());
          out.put(buckets + 2 * c + 1, (float) (config.lexiconWeight() * Math.log1p(counts[c])));
        }
      }
    }
    if (config.usesEmbedding()) {
      if (embedding == null || embedding.length != SentenceEmbedder.DIMENSION) {
        throw new IllegalArgumentException("need a " + SentenceEmbedder.DIMENSION + "-value embedding, got "
            + (embedding == null ? "none" : embedding.length + " values"));
      }
      int base = buckets + 2 * lexicon.categories().size();
      for (int d = 0; d < embedding.length; d++) {
        out.put(base + d, (float) (config.embeddingWeight() * embedding[d]));
      }
    }
    int[] indices = new int[out.size()];
    float[] values = new float[out.size()];
    int i = 0;
    for (Map.Entry<Integer, Float> e : out.entrySet()) {
      indices[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new FeatureRow(indices, values);
  }

  private Map<Integer, Integer> wordCounts(List<String> tokens) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int n = 1; n <= config.maxWordNgram(); n++) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        int h = FNV_BASIS ^ ('w' + 31 * n);
        for (int k = 0; k < n; k++) {
          h = hash(h, tokens.get(i + k));
          h = (h ^ ' ') * FNV_PRIME;
        }
        counts.merge(bucket(h), 1, Integer::sum);
      }
    }
    return counts;
  }

  private Map<Integer, Integer> charCounts(List<String> tokens) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (String token : tokens) {
      String padded = " " + token + " ";
      for (int n = config.minCharNgram(); n <= config.maxCharNgram(); n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          int h = FNV_BASIS ^ ('c' + 31 * n);
          for (int k = i; k < i + n; k++) {
            h = (h ^ padded.charAt(k)) * FNV_PRIME;
          }
          counts.merge(bucket(h), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static void addGroup(TreeMap<Integer, Float> out, Map<Integer, Integer> counts, double weight) {
    double norm = 0;
    for (int c : counts.values()) {
      double v = 1 + Math.log(c);
      norm += v * v;
    }
    if (norm == 0) {
      return;
    }
    double scale = weight / Math.sqrt(norm);
    counts.forEach((k, c) -> out.merge(k, (float) ((1 + Math.log(c)) * scale), Float::sum));
  }

  private static final int FNV_BASIS = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private static int hash(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** FNV-1a mixes low bits poorly for short inputs; a final avalanche spreads them. */
  private int bucket(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & (buckets - 1);
  }
}
