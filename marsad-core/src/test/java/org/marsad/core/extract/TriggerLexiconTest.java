package org.marsad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  private final TriggerLexicon lexicon = TriggerLexicon.defaultLexicon();

  @Test
  void scan_incidentTriggerWithItsTheme_isACandidate() {
    TriggerLexicon.Verdicts v = lexicon.scan(List.of(
        "Markets rose on Monday.",
        "Vandals smashed the windows of the mosque overnight.",
        "Rain fell all day.",
        "Arsonists torched a bakery."));
    assertThat(v.candidates().stream().boxed().toList()).containsExactly(1);
    assertThat(v.candidatesByType()).containsKey("place_of_worship_attack");
  }

  @Test
  void scan_inflectedAndIrregularForms_areFound() {
    assertThat(lexicon.scan(List.of("A copy of the Quran was torn and burnt.")).any()).isTrue();
    assertThat(lexicon.scan(List.of("Thugs beat up a Muslim woman wearing a hijab.")).any()).isTrue();
    assertThat(lexicon.scan(List.of("The minister met his counterpart.")).any()).isTrue();
  }

  @Test
  void scan_responseWithContext_needsItInTheSentenceUntilAnIncidentComes() {
    assertThat(lexicon.scan(List.of("The senator said the budget was late.")).any()).isFalse();
    assertThat(lexicon.scan(List.of("The senator said Islamophobia was rising.")).any()).isTrue();
    TriggerLexicon.Verdicts after = lexicon.scan(List.of(
        "Vandals smashed the windows of the mosque overnight.", "The senator said the budget was late."));
    assertThat(after.candidates().stream().boxed().toList()).containsExactly(0, 1);
  }

  @Test
  void scan_vocabularyInANeighbour_counts() {
    // CoreNLP may read "... for trial. American authorities allege the attacks ..." as one sentence
    TriggerLexicon.Verdicts v = lexicon.scan(List.of(
        "Two suspects have been handed over for trial.", "Officials allege the attacks were plotted abroad.",
        "Rain fell all day.", "The trial opens in May."));
    assertThat(v.candidates().stream().boxed().toList()).containsExactly(0);
  }

  @Test
  void scan_definiteNounOfATypeMetBefore_isAFollowUp() {
    TriggerLexicon.Verdicts v = lexicon.scan(List.of(
        "France announced a ban on the abaya in schools.", "Rain fell.", "Markets rose.",
        "The ban takes effect on Monday."));
    assertThat(v.candidates().get(0)).isTrue();
    assertThat(v.candidates().get(3)).isFalse();
    assertThat(v.followUps().get(3)).isTrue();
    assertThat(lexicon.scan(List.of("The ban takes effect on Monday.")).followUps().isEmpty()).isTrue();
  }

  @Test
  void mentionsTrigger_plainNews_hasNone() {
    assertThat(lexicon.mentionsTrigger("Rain is forecast for the weekend.")).isFalse();
    assertThat(lexicon.mentionsTrigger("Rain forced organisers to postpone the rally.")).isTrue();
  }

  @Test
  void inflections_coverRegularAndIrregularForms() {
    assertThat(Inflections.of("ban")).contains("bans", "banned", "banning");
    assertThat(Inflections.of("deny")).contains("denies", "denied", "denying");
    assertThat(Inflections.of("desecrate")).contains("desecrated", "desecrates", "desecrating");
    assertThat(Inflections.of("throw")).contains("threw", "thrown", "throws");
    assertThat(Inflections.of("gunman")).contains("gunmen");
  }

  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("mosque", "Mosques", "Qur'an", "QUR’AN", "anti-Muslim", "holy  book", "holy book", "İslam",
            "islamic", "faithful", "church-goers", "muslim2", "2muslim", "_muslim", "hijabs", "prophet muhammad"),
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.of(" ", "-", "'", ".", "\n", "é", "ß"));
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property
  void wordTerms_findEveryTextTheVocabularyPatternFinds(@ForAll("newsish") String text) {
    Vocabulary religion = CueBook.defaultBook().vocabulary("religion");
    if (religion.foundIn(text)) {
      String[] words = WordTerms.words(text);
      assertThat(WordTerms.of(religion).foundIn(new HashSet<>(List.of(words)), WordTerms.joined(words))).isTrue();
    }
    assertThat(CueBook.defaultBook().isTopical(text)).isEqualTo(religion.foundIn(text.replace('\uFFFD', ' ')));
  }
}
