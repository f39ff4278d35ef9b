package org.marsad.core.hate;

import java.util.Objects;
import java.util.Set;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * The {@link PostClassifier}'s verdict on a document's text (title first, when there is one): the
 * relevance score for social-media sources, where a document is one post. Not part of the standard
 * news pipeline. Needs nothing from other stages; gives {@link #VERDICT}. Thread-safe.
 */
public final class PostClassifierStage implements Stage {

  public static final Key<Verdict> VERDICT = Key.of("post.verdict", Verdict.class);

  private final PostClassifier classifier;

  /** A stage over the JVM's shared classifier (the committed model). */
  public PostClassifierStage() {
    this(PostClassifier.shared());
  }

  public PostClassifierStage(PostClassifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  @Override
  public String name() {
    return "post_classifier";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(VERDICT);
  }

  @Override
  public Analysis apply(Analysis in) {
    String title = in.document().title() == null ? "" : in.document().title().strip();
    String text = title.isEmpty() ? in.document().text() : title + "\n" + in.document().text();
    return in.with(VERDICT, classifier.classify(text));
  }
}
