package org.marsad.core.hate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.marsad.core.embed.SentenceEmbedder;

/**
 * Classifies short posts as hate speech, offensive or normal, and says whether they target Islam or
 * Muslims: the relevance scorer for social-media sources. A linear model over hashed word and
 * character n-grams, a lexicon and the MiniLM sentence embedding, trained on HateXplain by {@link
 * HateTrainer} and shipped as {@value #RESOURCE}.
 *
 * <p>Needs: the model file (class path or a path) and, when the model uses it, the shared {@link
 * SentenceEmbedder}. Gives: a {@link Verdict} per text, naming the model and its digest. Loaded
 * once per JVM by {@link #shared()}. Immutable, thread-safe.
 */
public final class PostClassifier {

  /** The committed model, a class-path resource beside this class. */
  public static final String RESOURCE = "hate-model.bin";

  private final HateModel model;
  private final PostFeatures features;
  private final SentenceEmbedder embedder;
  private final String name;

  private PostClassifier(HateModel model, String digest, SentenceEmbedder embedder) {
    this.model = model;
    this.features = new PostFeatures(model.features(), Lexicon.defaultLexicon());
    this.embedder = model.features().usesEmbedding() ? Objects.requireNonNull(embedder, "embedder") : null;
    this.name = model.id() + "@" + digest;
  }

  private static final class Holder {
    static final PostClassifier SHARED = loadResource();
  }

  /** The committed model with the shared embedder, loaded on first call and shared by the JVM. */
  public static PostClassifier shared() {
    return Holder.SHARED;
  }

  /** A classifier over a model file written by {@link HateTrainer}. */
  public static PostClassifier load(Path modelFile) throws IOException {
    return of(Files.readAllBytes(modelFile));
  }

  static PostClassifier of(byte[] bytes) throws IOException {
    HateModel m = HateModelFile.read(bytes);
    return new PostClassifier(m, digest(bytes), m.features().usesEmbedding() ? SentenceEmbedder.shared() : null);
  }

  private static PostClassifier loadResource() {
    try (InputStream in = PostClassifier.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path; train it with `marsad train hate`");
      }
      return of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the post classifier " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The model's id and the first 12 hex digits of the SHA-256 of its file. */
  public String model() {
    return name;
  }

  /** The training run's provenance, a JSON object. */
  public String provenance() {
    return model.provenance();
  }

  /** Whether the model reads sentence embeddings (then {@link #classifyAll(List, float[][])} wants them). */
  public boolean usesEmbedding() {
    return embedder != null;
  }

  public Verdict classify(String text) {
    return classifyAll(List.of(text)).getFirst();
  }

  /** Verdicts for many texts, in order; the embeddings are computed in one batch. */
  public List<Verdict> classifyAll(List<String> texts) {
    return classifyAll(texts, embedder == null ? null : embedder.embedAll(texts));
  }

  /**
   * Verdicts for texts whose sentence embeddings ({@link SentenceEmbedder}, one row per text) the
   * caller already has; {@code embeddings} may be null when the model uses none.
   */
  public List<Verdict> classifyAll(List<String> texts, float[][] embeddings) {
    if (embedder != null && (embeddings == null || embeddings.length != texts.size())) {
      throw new IllegalArgumentException("need one embedding per text: texts=" + texts.size() + ", embeddings="
          + (embeddings == null ? "none" : embeddings.length));
    }
    return IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> model.decide(features.row(texts.get(i), embeddings == null ? null : embeddings[i]), name))
        .toList();
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
