package org.marsad.core.embed;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.domain.Document;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * The sentence embedding of a document: its title and the start of its text (up to the embedder's
 * {@link EmbedderConfig#maxTokens()} word pieces), for relevance scoring and near-duplicate
 * detection. Needs nothing from other stages; gives {@link #EMBEDDING}. Thread-safe; the model is
 * the shared {@link SentenceEmbedder}.
 */
public final class EmbedStage implements Stage {

  public static final Key<Embedding> EMBEDDING = Key.of("embedding", Embedding.class);

  private final SentenceEmbedder embedder;

  /** A stage over the JVM's shared embedder. */
  public EmbedStage() {
    this(SentenceEmbedder.shared());
  }

  public EmbedStage(SentenceEmbedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  @Override
  public String name() {
    return "embed";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(EMBEDDING);
  }

  @Override
  public Analysis apply(Analysis in) {
    return in.with(EMBEDDING, embedder.embed(text(in.document())));
  }

  static String text(Document d) {
    String title = d.title() == null ? "" : d.title().strip();
    return title.isEmpty() ? d.text() : title + "\n" + d.text();
  }
}
