package org.marsad.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageStageTest {

  @Test
  void detect_commonNewsLanguages() {
    assertThat(LanguageStage.detect("The Foreign Minister met the Secretary General of the Organisation on Thursday."))
        .isEqualTo("en");
    assertThat(LanguageStage.detect("Le ministre des Affaires étrangères a rencontré le secrétaire général jeudi à Niamey."))
        .isEqualTo("fr");
    assertThat(LanguageStage.detect("التقى وزير الخارجية الأمين العام لمنظمة التعاون الإسلامي يوم الخميس في نيامي"))
        .isEqualTo("ar");
    assertThat(LanguageStage.detect("Der Außenminister traf am Donnerstag den Generalsekretär der Organisation."))
        .isEqualTo("de");
  }

  @Test
  void detect_noLetters_isUndetermined() {
    assertThat(LanguageStage.detect("12345 67890 !!!")).isEqualTo("und");
    assertThat(LanguageStage.detect("")).isEqualTo("und");
  }
}
