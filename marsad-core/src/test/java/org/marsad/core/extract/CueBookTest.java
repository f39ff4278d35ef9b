package org.marsad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.RecordKind;

class CueBookTest {

  @Test
  void defaultBook_hasEveryTypeOfTheTypologyWithTriggers() {
    CueBook book = CueBook.defaultBook();
    assertThat(book.types()).extracting(TypeCues::type).contains(
        "place_of_worship_attack", "desecration", "physical_assault", "threat_harassment", "hate_speech",
        "online_hate", "discrimination", "dress_restriction", "discriminatory_policy", "far_right_mobilisation",
        "statement", "condemnation", "meeting", "phone_call", "session", "resolution", "report", "proposal",
        "support", "diplomatic_protest", "sanction", "legal_action", "positive_development");
    assertThat(book.types()).allSatisfy(t -> assertThat(t.triggers()).isNotEmpty());
    assertThat(book.types()).filteredOn(t -> t.type().equals("condemnation")).first()
        .extracting(TypeCues::kind).isEqualTo(RecordKind.RESPONSE);
  }

  @Test
  void isTopical_readsReligionVocabulary() {
    CueBook book = CueBook.defaultBook();
    assertThat(book.isTopical("Vandals sprayed graffiti on a mosque in Lyon.")).isTrue();
    assertThat(book.isTopical("Apple unveiled its new iPhone in Cupertino.")).isFalse();
    assertThat(book.isTopical("Muslim\uFFFDcommunity leaders met.")).isTrue();
  }

  @Test
  void parse_unknownVocabulary_failsNamingIt() throws Exception {
    var json = new ObjectMapper().readTree(
        "{\"vocabularies\":{},\"types\":{\"desecration\":{\"triggers\":[\"burn\"],\"theme\":\"nope\"}}}");
    assertThatThrownBy(() -> CueBook.parse(json, "test")).hasMessageContaining("nope").hasMessageContaining("desecration");
  }

  @Test
  void parse_unknownKey_fails() throws Exception {
    var json = new ObjectMapper().readTree("{\"vocabularies\":{},\"types\":{\"x\":{\"triggerz\":[]}}}");
    assertThatThrownBy(() -> CueBook.parse(json, "test")).hasMessageContaining("triggerz");
  }

  @Test
  void triggerParse_readsPosThemeAgentAndHead() {
    Trigger t = Trigger.parse("v:impose>emergency_measure");
    assertThat(t.pos()).isEqualTo(Trigger.Pos.VERB);
    assertThat(t.lemmas()).containsExactly("impose");
    assertThat(t.themeVocabulary()).isEqualTo("emergency_measure");
    Trigger u = Trigger.parse("n:call^light_verb");
    assertThat(u.pos()).isEqualTo(Trigger.Pos.NOUN);
    assertThat(u.headVocabulary()).isEqualTo("light_verb");
    assertThat(Trigger.parse("ruling@court").agentVocabulary()).isEqualTo("court");
    assertThat(Trigger.parse("v:set fire").lemmas()).containsExactly("set", "fire");
  }

  @Test
  void vocabulary_matchesWholeWordsOnly() {
    Vocabulary v = Vocabulary.of("t", java.util.List.of("ban", "holy book"));
    assertThat(v.foundIn("a BAN on veils")).isTrue();
    assertThat(v.foundIn("Banners waved")).isFalse();
    assertThat(v.foundIn("the Holy Book was torn")).isTrue();
  }
}
