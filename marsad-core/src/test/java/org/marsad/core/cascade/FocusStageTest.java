package org.marsad.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.relevance.RelevanceStage;
import org.marsad.core.stage.Analysis;

class FocusStageTest {

  private static Focus focus(String language, String text) {
    Document d = new Document("id", "s", "", "", LocalDate.of(2024, 1, 1), "", "", text);
    return new FocusStage().apply(screened(d, language)).get(FocusStage.FOCUS);
  }

  /** {@code d} with its language and the religion vocabulary's verdict, as the cascade gives them. */
  private static Analysis screened(Document d, String language) {
    return new RelevanceStage().apply(Analysis.of(d).with(LanguageStage.LANGUAGE, language));
  }

  private static final String FILLER = "The weather was mild. Markets rose slightly. A new bridge opened. "
      + "Traffic was light. Schools reopened. The harvest was good. ";

  @Test
  void apply_incidentSentence_keepsItWithItsSurroundingsAndTheLede() {
    String text = "Storms hit the coast. Rain fell for days. Roads closed. " + FILLER
        + "Residents were asleep. Vandals smashed the windows of a mosque in Leeds. Police are investigating. "
        + FILLER;
    Focus f = focus("en", text);
    assertThat(f.any()).isTrue();
    assertThat(f.candidates()).isEqualTo(1);
    String masked = f.mask(text);
    assertThat(masked).contains("Storms hit the coast.", "Roads closed.", "Vandals smashed the windows of a mosque",
        "Residents were asleep.", "Police are investigating.");
    assertThat(masked).contains("The harvest").doesNotContain("Markets rose", "Schools reopened");
    assertThat(f.keptChars()).isLessThan(text.length() / 2);
    // of the kept text, extraction reads records only from the candidate sentence
    assertThat(f.triggerSentences()).extracting(s -> s.of(text))
        .containsExactly("Vandals smashed the windows of a mosque in Leeds.");
  }

  @Test
  void narrowed_toOneOfTwoCandidates_keepsOnlyItsSurroundingsWithTheLede() {
    String first = "Vandals smashed the windows of a mosque in Leeds.";
    String second = "Arsonists set fire to a church in Derby.";
    String text = "Storms hit the coast. Rain fell for days. Roads closed. " + FILLER + "Residents were asleep. "
        + first + " Police are investigating. " + FILLER + "Neighbours gathered. " + second + " Firefighters came. "
        + FILLER;
    Focus f = focus("en", text);
    assertThat(f.triggerSentences()).extracting(s -> s.of(text)).containsExactly(first, second);
    Span secondSpan = f.triggerSentences().get(1);
    Focus narrowed = new FocusStage().narrowed(text, f, List.of(secondSpan));
    assertThat(narrowed.triggerSentences()).containsExactly(secondSpan);
    assertThat(narrowed.mask(text)).contains("Storms hit the coast.", "Neighbours gathered.", second,
        "Firefighters came.").doesNotContain(first, "Police are investigating.", "Residents were asleep.");
    assertThat(new FocusStage().narrowed(text, f, List.of(new Span(0, 5))).any())
        .as("a needed span over no trigger sentence").isFalse();
  }

  @Test
  void apply_candidateWithAPronoun_readsAllTheTextBeforeIt() {
    String text = "Storms hit the coast. " + FILLER + FILLER
        + "\"It must stop,\" he said of the attack on the mosque. Police are investigating. " + FILLER;
    Focus f = focus("en", text);
    String masked = f.mask(text);
    assertThat(masked).startsWith("Storms hit the coast. " + FILLER.strip());
    assertThat(masked).contains("he said of the attack", "Police are investigating.", "Traffic was light.");
    assertThat(new FocusStage(new FocusStage.Context(3, 2, 1, 3, false))
        .apply(screened(new Document("id", "s", "", "", null, "", "", text), "en"))
        .get(FocusStage.FOCUS).mask(text)).doesNotContain("Traffic was light.");
  }

  @Test
  void apply_englishTextNamingNoReligion_isNotRead() {
    Document d = new Document("id", "s", "", "", LocalDate.of(2024, 1, 1), "", "", "Vandals attacked the town hall. " + FILLER);
    Analysis screened = screened(d, "en");
    assertThat(screened.get(RelevanceStage.RELEVANCE).relevant()).isFalse();
    assertThat(new FocusStage().apply(screened).get(FocusStage.FOCUS).any()).isFalse();
  }

  @Test
  void apply_triggerWithoutItsTheme_isNoCandidate() {
    assertThat(focus("en", "Vandals smashed the windows of a bakery in Leeds. " + FILLER).any()).isFalse();
    assertThat(focus("en", "The church choir sang. " + FILLER).any()).isFalse();
  }

  @Test
  void apply_responseAfterAnIncident_needsNoContextOfItsOwn() {
    String text = "A mosque was set on fire in Bradford on Monday. " + FILLER
        + "The mayor said he was shocked.";
    Focus f = focus("en", text);
    assertThat(f.candidates()).isEqualTo(2);
    assertThat(f.mask(text)).contains("The mayor said he was shocked.");
    assertThat(f.triggerSentences()).hasSize(2);
    assertThat(focus("en", "The mayor said he was shocked. " + FILLER).any()).isFalse();
  }

  @Test
  void apply_frenchLead_isACandidateButEnglishOnlyWordsAreNot() {
    assertThat(focus("fr", "Une mosquée a été incendiée à Lyon. Le maire a réagi.").candidates()).isEqualTo(1);
    assertThat(focus("fr", "Le marché a ouvert à Lyon. Le maire a réagi.").any()).isFalse();
    assertThat(focus("xx", "A mosque was burned.").any()).isFalse();
  }
}
