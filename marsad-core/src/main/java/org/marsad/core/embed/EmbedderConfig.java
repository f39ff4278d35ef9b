package org.marsad.core.embed;

/**
 * Settings of the {@link SentenceEmbedder}, with their defaults in {@link #defaults()}.
 *
 * @param maxTokens word pieces per text, special tokens included; longer texts are cut (default 256,
 *     the length all-MiniLM-L6-v2 was trained with; at most 512, its position table)
 * @param batchSize texts per model call (default 1). The quantised model scales its activations per
 *     call, so with batches above 1 a text's vector depends slightly on its batch mates (cosine about
 *     0.99 to its vector alone); 1 keeps every vector a function of its text only, and on short texts
 *     is also faster on CPU since nothing is padded
 * @param parallelism calls {@link SentenceEmbedder#embedAll} runs at once (default: one per core)
 * @param intraOpThreads threads ONNX Runtime uses inside one call (default 1; 0: one per core)
 */
public record EmbedderConfig(int maxTokens, int batchSize, int parallelism, int intraOpThreads) {

  public EmbedderConfig {
    if (maxTokens < 8 || maxTokens > 512) {
      throw new IllegalArgumentException("maxTokens must be in [8, 512]: maxTokens=" + maxTokens);
    }
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("batchSize must be in [1, 4096]: batchSize=" + batchSize);
    }
    if (parallelism < 1 || parallelism > 256) {
      throw new IllegalArgumentException("parallelism must be in [1, 256]: parallelism=" + parallelism);
    }
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0 (0: one per core): intraOpThreads=" + intraOpThreads);
    }
  }

  /** 256 word pieces, one text per call, one call per core at a time, one ONNX Runtime thread per call. */
  public static EmbedderConfig defaults() {
    return new EmbedderConfig(256, 1, Runtime.getRuntime().availableProcessors(), 1);
  }

  /** These settings with another batch size. */
  public EmbedderConfig withBatchSize(int newBatchSize) {
    return new EmbedderConfig(maxTokens, newBatchSize, parallelism, intraOpThreads);
  }
}
