package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.cascade.Focus;
import org.marsad.core.cascade.FocusStage;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.stage.Analysis;

/**
 * Real CoreNLP: the cascade's stage parses only the focus's trigger sentences holding a chosen
 * lemma, reads timexes only in trigger sentences with a time cue and in sentences with a day cue, and gives every sentence the
 * entities the full stage gives it.
 */
class NlpStageTest {

  private static final String MINISTER = "The minister visited Leeds on Monday. ";
  private static final String BURNED = "Vandals burned a mosque in the city in 2019. ";
  private static final String TEXT = MINISTER + BURNED + "Farmers burned stubble near Bradford. "
      + "The mosque was built in 1995 by families from Mirpur.";

  private static ParsedText parse(NlpStage stage) {
    Document d = new Document("id", "s", "", "", LocalDate.of(2024, 3, 6), "", "", TEXT);
    Span burned = new Span(MINISTER.length(), MINISTER.length() + BURNED.length() - 1);
    Analysis a = Analysis.of(d).with(FocusStage.FOCUS, new Focus(List.of(new Span(0, TEXT.length())), 4, 1, List.of(burned)));
    return stage.apply(a).get(NlpStage.PARSE);
  }

  private static boolean hasTree(Sentence s) {
    return s.tokens().stream().filter(t -> t.head() < 0).count() == 1;
  }

  @Test
  void focused_parsesAndDatesOnlyWhatExtractionReads_andTagsEntitiesEverywhere() {
    ParsedText full = parse(new NlpStage());
    ParsedText partial = parse(NlpStage.focused(Set.of("burn")::contains));
    assertThat(partial.sentences()).hasSize(4);
    // "burned" in the third sentence too, but only the trigger sentence is parsed
    assertThat(partial.sentences().stream().map(NlpStageTest::hasTree)).containsExactly(false, true, false, false);
    assertThat(full.sentences().stream().map(NlpStageTest::hasTree)).containsExactly(true, true, true, true);
    assertThat(partial.sentences().get(1).tokens()).isEqualTo(full.sentences().get(1).tokens());
    // entities as the full stage tags them, though three sentences had no SUTime
    assertThat(partial.mentions()).isEqualTo(full.mentions());
    assertThat(partial.mentions()).extracting(Mention::text).contains("Leeds", "Bradford", "Mirpur");
    // "on Monday" has a day cue and is read; "in 2019", in the trigger sentence, has a time cue and is read;
    // "in 1995" has no day cue, in a sentence that is no trigger sentence, and is not
    assertThat(full.timexes()).extracting(Timex::text).containsExactly("Monday", "2019", "1995");
    assertThat(partial.timexes()).isEqualTo(full.timexes().subList(0, 2));
  }

  @Test
  void focused_narrowedToOneSentence_readsEntitiesOnlyAroundIt_andKeepsTheDatedSentences() {
    List<List<Sentence>> seen = new java.util.ArrayList<>();
    // narrowed to the last sentence: the minister's sentence ("Monday") and the trigger sentence ("in 2019") stay,
    // as SUTime reads them; the third sentence goes
    NlpStage.Narrowing last = (text, focus, sentences) -> {
      seen.add(sentences);
      Span mirpur = sentences.getLast().span();
      return new Focus(List.of(mirpur), 4, 1, List.of(mirpur));
    };
    ParsedText full = parse(new NlpStage());
    ParsedText narrowed = parse(NlpStage.focused(Set.of("burn")::contains, last));
    // the narrowing saw every sentence tagged, and the trigger sentence parsed
    assertThat(seen).hasSize(1);
    assertThat(seen.getFirst().stream().map(NlpStageTest::hasTree)).containsExactly(false, true, false, false);
    assertThat(narrowed.sentences()).extracting(Sentence::span)
        .containsExactly(full.sentences().get(0).span(), full.sentences().get(1).span(), full.sentences().get(3).span());
    assertThat(narrowed.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    assertThat(narrowed.mentions()).extracting(Mention::text).contains("Leeds", "Mirpur").doesNotContain("Bradford");
    assertThat(narrowed.timexes()).isEqualTo(parse(NlpStage.focused(Set.of("burn")::contains)).timexes());
    assertThat(narrowed.timexes()).extracting(Timex::text).containsExactly("Monday", "2019");
  }

  @Test
  void focused_narrowedToNothing_leavesTheParseEmpty() {
    ParsedText none = parse(NlpStage.focused(Set.of("burn")::contains, (text, focus, sentences) -> Focus.none(4)));
    assertThat(none.sentences()).isEmpty();
    assertThat(none.mentions()).isEmpty();
  }
}
