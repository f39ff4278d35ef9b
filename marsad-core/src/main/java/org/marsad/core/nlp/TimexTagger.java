package org.marsad.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and normalises the timexes of a text with the code {@link NlpStage} uses (SUTime, day
 * ranges, {@link TimexReader} and its conventions), over a lighter CoreNLP pipeline without the
 * dependency parse, for evaluation and for callers that want dates alone. A text parsed once can
 * be read with several {@link TimexOptions}, to measure each convention. Needs the CoreNLP models
 * (loaded once per JVM, about half a minute). Gives {@link Timex}es in text order. Thread-safe.
 */
public final class TimexTagger {

  /** A text annotated by CoreNLP, ready to be read with any options. Immutable once made. */
  public static final class Parsed {
    private final Annotation annotation;
    private final LocalDate published;

    private Parsed(Annotation annotation, LocalDate published) {
      this.annotation = annotation;
      this.published = published;
    }
  }

  private TimexTagger() {}

  /** A tagger with the CoreNLP pipeline loaded. */
  public static TimexTagger load() {
    CoreNlpModel.withoutParse();
    return new TimexTagger();
  }

  /** {@code text} annotated, relative expressions to be resolved against {@code published} (may be null). */
  public Parsed parse(String text, LocalDate published) {
    return new Parsed(CoreNlpModel.annotate(CoreNlpModel.withoutParse(), text, published), published);
  }

  /** The timexes of a parsed text, normalised with {@code options}. */
  public List<Timex> read(Parsed parsed, TimexOptions options) {
    TimexReader reader = new TimexReader(options);
    String annotated = parsed.annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Timex> out = new ArrayList<>();
    List<CoreMap> sentences = parsed.annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap cs = sentences.get(s);
      out.addAll(reader.read(cs, CoreSentences.convert(s, cs), annotated, parsed.published, out));
    }
    return out;
  }

  /** The timexes of {@code text}, normalised with {@code options}. */
  public List<Timex> tag(String text, LocalDate published, TimexOptions options) {
    return read(parse(text, published), options);
  }
}
