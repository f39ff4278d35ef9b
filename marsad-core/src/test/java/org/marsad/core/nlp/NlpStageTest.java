package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.cascade.Focus;
import org.marsad.core.cascade.FocusStage;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.stage.Analysis;

/** Real CoreNLP: the cascade's stage parses only the sentences holding a chosen lemma, and those as the full stage does. */
class NlpStageTest {

  private static final String TEXT = "The minister visited Leeds on Monday. Vandals burned a mosque in the city. "
      + "The police said they were investigating.";

  private static ParsedText parse(NlpStage stage) {
    Document d = new Document("id", "s", "", "", LocalDate.of(2024, 3, 6), "", "", TEXT);
    Analysis a = Analysis.of(d).with(FocusStage.FOCUS, new Focus(java.util.List.of(new Span(0, TEXT.length())), 3, 1));
    return stage.apply(a).get(NlpStage.PARSE);
  }

  private static boolean hasTree(Sentence s) {
    return s.tokens().stream().filter(t -> t.head() < 0).count() == 1;
  }

  @Test
  void focused_parsesOnlyTheSentencesWithAChosenLemma_asTheFullStageDoes() {
    ParsedText full = parse(new NlpStage());
    ParsedText partial = parse(NlpStage.focused(Set.of("burn")::contains));
    assertThat(partial.sentences()).hasSize(3);
    assertThat(partial.sentences().stream().map(NlpStageTest::hasTree)).containsExactly(false, true, false);
    assertThat(full.sentences().stream().map(NlpStageTest::hasTree)).containsExactly(true, true, true);
    assertThat(partial.sentences().get(1).tokens()).isEqualTo(full.sentences().get(1).tokens());
    // entities and timexes are read in every sentence all the same
    assertThat(partial.mentions()).isEqualTo(full.mentions());
    assertThat(partial.timexes()).isEqualTo(full.timexes());
  }
}
