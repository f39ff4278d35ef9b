package org.marsad.core.relevance;

import java.util.Set;
import org.marsad.core.extract.CueBook;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * A cheap first test of whether a document can concern religion-based hatred or the response to
 * it: it must use a word of the typology pack's religion vocabulary (a religion, a place of
 * worship, a sacred text, the OIC). Only documents that pass reach full NLP. Thread-safe.
 */
public final class RelevanceStage implements Stage {

  public static final Key<Relevance> RELEVANCE = Key.of("relevance", Relevance.class);

  /** The verdict. */
  public record Relevance(boolean relevant) {}

  private final CueBook book;

  public RelevanceStage() {
    this(CueBook.defaultBook());
  }

  public RelevanceStage(CueBook book) {
    this.book = book;
  }

  @Override
  public String name() {
    return "relevance";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(RELEVANCE);
  }

  @Override
  public Analysis apply(Analysis in) {
    return in.with(RELEVANCE, new Relevance(book.isTopical(in.document().title() + "\n" + in.document().text())));
  }
}
