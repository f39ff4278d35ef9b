package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void normalise_crlfAndLoneCr_becomeLf() {
    assertThat(TextNormaliser.normalise("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
  }

  @Test
  void normalise_leadingBom_isRemoved() {
    assertThat(TextNormaliser.normalise("\uFEFFdate 2020-01-01")).isEqualTo("date 2020-01-01");
  }

  @Test
  void normalise_decomposedAccent_becomesNfc() {
    assertThat(TextNormaliser.normalise("Lo\u0308kke")).isEqualTo("L\u00F6kke");
  }

  @Test
  void normalise_replacementCharacter_isKept() {
    assertThat(TextNormaliser.normalise("47th\uFFFDSession")).isEqualTo("47th\uFFFDSession");
  }

  @Test
  void normalise_controlCharacters_becomeSpacesButTabStays() {
    assertThat(TextNormaliser.normalise("a\u0007b\tc\u0085d\u000Ce")).isEqualTo("a b\tc d e");
  }

  @Test
  void normalise_unpairedSurrogates_becomeReplacementCharacters() {
    assertThat(TextNormaliser.normalise("a\uD800b\uDC00c\uD83D\uDE00"))
        .isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
  }

  @org.junit.jupiter.api.Test
  void normalise_repeatedByteOrderMarks_allRemovedAndIdempotent() {
    String once = TextNormaliser.normalise("\uFEFF\uFEFFtext");
    org.assertj.core.api.Assertions.assertThat(once).isEqualTo("text");
    org.assertj.core.api.Assertions.assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
  }
}
