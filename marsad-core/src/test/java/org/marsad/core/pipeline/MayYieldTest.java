package org.marsad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.extract.CueBook;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.nlp.NlpStage;
import org.marsad.core.nlp.Sentence;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.Timed;

/**
 * Real CoreNLP: {@link ExtractStage#mayYield}, which the cascade narrows its focus with, holds every
 * sentence extraction reads a record, or a reference to one, from, on the seeds, the development set
 * and the cascade's fixtures as the classic pipeline reads them; and it leaves out sentences whose tree
 * already rules a record out.
 */
class MayYieldTest {

  private static final Pipeline CLASSIC = StandardPipeline.classic(new Timed.StageClock());
  private static final Function<List<Sentence>, BitSet> MAY_YIELD = ExtractStage.mayYield(CueBook.defaultBook());

  private static List<Document> documents() throws Exception {
    List<Document> docs = new ArrayList<>(CascadeRecallTest.fixtures());
    docs.addAll(CascadeRecallTest.referringBack());
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    for (String dir : List.of("seeds", "seeds/dev")) {
      try (var files = java.nio.file.Files.list(SharedData.dir(dir))) {
        for (var f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          docs.addAll(ingestor.ingest(f).documents());
        }
      }
    }
    return docs;
  }

  @Test
  void mayYield_holdsEverySentenceARecordStandsOn() throws Exception {
    int evidence = 0;
    int sentences = 0;
    int may = 0;
    for (Document d : documents()) {
      Analysis a = CLASSIC.apply(Analysis.of(d));
      List<Sentence> parsed = a.get(NlpStage.PARSE).sentences();
      BitSet yielding = MAY_YIELD.apply(parsed);
      for (ExtractedRecord r : a.get(ExtractStage.RECORDS).records()) {
        for (Evidence e : r.evidence()) {
          evidence++;
          assertThat(parsed.stream().filter(s -> s.span().overlaps(e.span())).map(s -> yielding.get(s.index())))
              .as("the sentence of \"%s\" (%s %s in %s)", e.quote(), r.kind(), r.type(), d.id())
              .contains(true);
        }
      }
      sentences += parsed.size();
      may += yielding.cardinality();
    }
    assertThat(evidence).as("evidence sentences checked").isGreaterThanOrEqualTo(40);
    assertThat(may).as("sentences that may yield, of " + sentences).isLessThan(sentences / 2);
  }

  @Test
  void mayYield_aResponseWithoutTheAgentItNeeds_isLeftOut() {
    Document d = new Document("id", "fixture", "", "", LocalDate.of(2024, 3, 8), "", "",
        "The plan was condemned on Friday. The mayor condemned the plan on Friday.");
    List<Sentence> parsed = new NlpStage().apply(Analysis.of(d)).get(NlpStage.PARSE).sentences();
    assertThat(parsed).hasSize(2);
    BitSet yielding = MAY_YIELD.apply(parsed);
    assertThat(yielding.get(0)).as("condemned by nobody named").isFalse();
    assertThat(yielding.get(1)).as("condemned by the mayor").isTrue();
  }
}
