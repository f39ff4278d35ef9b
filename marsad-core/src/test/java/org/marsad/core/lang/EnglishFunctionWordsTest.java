package org.marsad.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishFunctionWordsTest {

  private static final String ENGLISH = "The Organisation of Islamic Cooperation said on Tuesday that it was "
      + "deeply concerned by the burning of a copy of the Quran in front of a mosque in Stockholm, and it called "
      + "on the authorities to take action against those who were behind the attack, which had been planned for "
      + "weeks by a small group of activists from the far right.";

  @Test
  void isClearlyEnglish_newsProse_isEnglish() {
    assertThat(EnglishFunctionWords.isClearlyEnglish(ENGLISH)).isTrue();
  }

  @Test
  void isClearlyEnglish_otherLanguagesAndShortTexts_areLeftToTheDetector() {
    String french = "L'Organisation de la coopération islamique a condamné mardi l'autodafé d'un exemplaire du "
        + "Coran devant une mosquée de Stockholm et a appelé les autorités à prendre des mesures contre les "
        + "auteurs de cette attaque, préparée depuis des semaines par un petit groupe de militants d'extrême "
        + "droite qui manifestent chaque semaine dans la capitale suédoise.";
    String german = "Die Organisation für Islamische Zusammenarbeit hat am Dienstag die Verbrennung eines Korans vor "
        + "einer Moschee in Stockholm verurteilt und die Behörden aufgefordert, gegen die Täter vorzugehen, die "
        + "den Angriff seit Wochen geplant hatten und zu einer kleinen Gruppe rechtsextremer Aktivisten gehören.";
    assertThat(EnglishFunctionWords.isClearlyEnglish(french)).isFalse();
    assertThat(EnglishFunctionWords.isClearlyEnglish(german)).isFalse();
    assertThat(EnglishFunctionWords.isClearlyEnglish("The mosque of the city.")).isFalse();
    assertThat(EnglishFunctionWords.isClearlyEnglish("مسجد " + ENGLISH)).isFalse();
  }

  @Test
  void detect_agreesWithTheDetectorOnEnglish() {
    assertThat(LanguageStage.detect(ENGLISH)).isEqualTo("en");
  }
}
