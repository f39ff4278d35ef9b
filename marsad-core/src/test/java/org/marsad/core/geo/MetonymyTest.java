package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MetonymyTest {

  private static boolean metonymic(String text, String mention) {
    int start = text.indexOf(mention);
    return Metonymy.isMetonymic(text, start, start + mention.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Stockholm said it would review the law.|Stockholm|true",
        "Washington has also warned Tehran.|Washington|true",
        "Ankara on Monday summoned the envoy.|Ankara|true",
        "Beijing strongly condemned the visit.|Beijing|true",
        "The talks with Moscow stalled.|Moscow|true",
        "Police in Stockholm said a man was held.|Stockholm|false",
        "A mosque in Stockholm was attacked.|Stockholm|false",
        "Stockholm's mosque was attacked.|Stockholm|false",
        "He flew to Paris, said his aide.|Paris|false",
        "Geneva hosts the Human Rights Council.|Geneva|false",
      })
  void isMetonymic_sentence_tellsGovernmentFromPlace(String text, String mention, boolean expected) {
    assertThat(metonymic(text, mention)).isEqualTo(expected);
  }

  @Test
  void isMetonymic_spanOutsideText_failsWithOffsets() {
    assertThatThrownBy(() -> Metonymy.isMetonymic("Paris", 2, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end=9");
  }
}
