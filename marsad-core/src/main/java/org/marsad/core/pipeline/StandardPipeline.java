package org.marsad.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The default pipeline, a cascade: language, then a cheap relevance test, and only for relevant
 * English documents the expensive stages (CoreNLP, geocoding, extraction). Others are kept and
 * marked, with no records.
 */
public final class StandardPipeline {

  private StandardPipeline() {}

  public static Pipeline create() {
    return create(new Timed.StageClock());
  }

  /** The pipeline, each stage adding its time to {@code clock}. */
  public static Pipeline create(Timed.StageClock clock) {
    Stage expensive = Pipeline.part("understand", List.of(
        new Timed(new NlpStage(), clock), new Timed(new GeocodeStage(), clock), new Timed(new ExtractStage(), clock)));
    Gate gate = new Gate("cascade", Set.of(LanguageStage.LANGUAGE, RelevanceStage.RELEVANCE),
        a -> a.get(LanguageStage.LANGUAGE).equals("en") && a.get(RelevanceStage.RELEVANCE).relevant(),
        expensive,
        Map.of(NlpStage.PARSE, new ParsedText(List.of(), List.of(), List.of()),
            GeocodeStage.PLACES, new GeocodeStage.ResolvedPlaces(Map.of()),
            ExtractStage.RECORDS, ExtractedRecords.none()));
    return Pipeline.of("standard", List.of(
        new Timed(new LanguageStage(), clock), new Timed(new RelevanceStage(), clock), gate));
  }
}
