package org.marsad.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.cascade.FocusStage;
import org.marsad.core.extract.CueBook;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.extract.ExtractedRecords;
import org.marsad.core.geo.GeocodeStage;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.nlp.ParsedText;
import org.marsad.core.relevance.RelevanceStage;
import org.marsad.core.stage.Gate;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.Stage;
import org.marsad.core.stage.Timed;

/**
 * The default pipeline, a cascade in which cheap stages decide before expensive ones: language,
 * the religion vocabulary, then the trigger lexicon ({@link FocusStage}: which sentences could
 * yield a record), and only for English documents with such sentences the expensive stages
 * (CoreNLP, geocoding, extraction), which read only those sentences and their surroundings, and
 * parse and date (SUTime) only the sentences extraction reads records from, dating also those
 * that may name the document's main day. Once those sentences are parsed, the entities are read
 * only around those in which extraction may still find a record ({@link ExtractStage#mayYield}),
 * and not at all in a document with none. Others
 * are kept and marked, with no records. {@link #classic} is the pipeline before the cascade:
 * full NLP on every English document, the yardstick of the cascade's speed and recall.
 */
public final class StandardPipeline {

  private StandardPipeline() {}

  public static Pipeline create() {
    return create(new Timed.StageClock());
  }

  /** The cascade, each stage adding its time to {@code clock}. */
  public static Pipeline create(Timed.StageClock clock) {
    return create(clock, FocusStage.Context.DEFAULT);
  }

  /** The cascade whose NLP reads {@code context} around the candidate sentences. */
  public static Pipeline create(Timed.StageClock clock, FocusStage.Context context) {
    FocusStage focusStage = new FocusStage(context);
    NlpStage nlp = NlpStage.focused(CueBook.defaultBook().triggerLemmas()::contains, narrowing(focusStage, CueBook.defaultBook()));
    Stage expensive = Pipeline.part("understand", List.of(
        new Timed(nlp, clock), new Timed(new GeocodeStage(), clock), new Timed(new ExtractStage(), clock)));
    Gate gate = new Gate("cascade", Set.of(LanguageStage.LANGUAGE, RelevanceStage.RELEVANCE, FocusStage.FOCUS),
        a -> a.get(LanguageStage.LANGUAGE).equals("en") && a.get(RelevanceStage.RELEVANCE).relevant()
            && a.get(FocusStage.FOCUS).any(),
        expensive, skipped());
    return Pipeline.of("standard", List.of(
        new Timed(new LanguageStage(), clock), new Timed(new RelevanceStage(), clock),
        new Timed(focusStage, clock), gate));
  }

  /** The focus narrowed to the sentences extraction may read a record from, once they are parsed. */
  private static NlpStage.Narrowing narrowing(FocusStage focusStage, CueBook book) {
    java.util.function.Function<List<org.marsad.core.nlp.Sentence>, java.util.BitSet> mayYield = ExtractStage.mayYield(book);
    return (text, focus, sentences) -> focusStage.narrowed(text, focus,
        mayYield.apply(sentences).stream().mapToObj(i -> sentences.get(i).span()).toList());
  }

  /** The classic pipeline: full NLP, geocoding and extraction on every English document. */
  public static Pipeline classic(Timed.StageClock clock) {
    Stage expensive = Pipeline.part("understand", List.of(
        new Timed(new NlpStage(), clock), new Timed(new GeocodeStage(), clock), new Timed(new ExtractStage(), clock)));
    Gate gate = new Gate("english", Set.of(LanguageStage.LANGUAGE),
        a -> a.get(LanguageStage.LANGUAGE).equals("en"), expensive, skipped());
    return Pipeline.of("classic", List.of(new Timed(new LanguageStage(), clock), gate));
  }

  private static Map<org.marsad.core.stage.Key<?>, Object> skipped() {
    return Map.of(NlpStage.PARSE, new ParsedText(List.of(), List.of(), List.of()),
        GeocodeStage.PLACES, new GeocodeStage.ResolvedPlaces(Map.of()),
        ExtractStage.RECORDS, ExtractedRecords.none());
  }
}
