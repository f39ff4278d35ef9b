package org.marsad.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MultilingualLexiconTest {

  private final MultilingualLexicon lexicon = MultilingualLexicon.defaultLexicon();

  @Test
  void isCandidate_religionAndTriggerInOneSentence() {
    assertThat(lexicon.isCandidate("de", "Unbekannte haben die Moschee in Dortmund beschmiert.")).isTrue();
    assertThat(lexicon.isCandidate("de", "Die Moschee in Dortmund feiert ihr Jubiläum.")).isFalse();
    assertThat(lexicon.isCandidate("ar", "أدان الأزهر حرق المصحف في ستوكهولم")).isTrue();
    assertThat(lexicon.isCandidate("tr", "Camiye saldırı düzenlendi.")).isTrue();
  }

  @Test
  void isCandidate_termsStartWords() {
    // "tag" (graffiti) must not match inside "montage"; "islam" must start a word
    assertThat(lexicon.isCandidate("fr", "Le montage de la mosquée est fini.")).isFalse();
  }

  @Test
  void languages_coverTheDetectorsLanguagesButEnglish() {
    assertThat(lexicon.languages()).contains("fr", "de", "es", "ar", "ur", "tr", "id", "ms", "fa")
        .doesNotContain("en");
  }

  @Test
  void parse_languageWithoutTriggers_fails() throws Exception {
    var root = new ObjectMapper().readTree("{\"languages\": {\"fr\": {\"religion\": [\"islam\"], \"triggers\": []}}}");
    assertThatThrownBy(() -> MultilingualLexicon.parse(root, "test.json"))
        .hasMessageContaining("fr").hasMessageContaining("triggers");
  }
}
