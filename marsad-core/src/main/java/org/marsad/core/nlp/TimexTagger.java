package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds and normalises the timexes of a text with the code {@link NlpStage} uses (SUTime, day
 * ranges, normalisation), over a lighter CoreNLP pipeline without the dependency parse, for
 * evaluation and for callers that want dates alone. Needs the CoreNLP models (loaded once per
 * JVM on first use, about half a minute). Gives {@link Timex}es in text order. Thread-safe.
 */
public final class TimexTagger {

  private final TimexReader reader;

  private TimexTagger(TimexOptions options) {
    this.reader = new TimexReader(options);
  }

  /** A tagger that resolves timexes with {@code options}. */
  public static TimexTagger create(TimexOptions options) {
    return new TimexTagger(Objects.requireNonNull(options, "options"));
  }

  /** Loads the CoreNLP pipeline now rather than on the first text. */
  public TimexTagger load() {
    CoreNlpModel.withoutParse();
    return this;
  }

  /** The timexes of {@code text}, relative ones resolved against {@code published} (may be null). */
  public List<Timex> tag(String text, LocalDate published) {
    Annotation annotation = CoreNlpModel.annotate(CoreNlpModel.withoutParse(), text, published);
    String annotated = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Timex> out = new ArrayList<>();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap cs = sentences.get(s);
      out.addAll(reader.read(cs, CoreSentences.convert(s, cs), annotated, published));
    }
    return out;
  }
}
