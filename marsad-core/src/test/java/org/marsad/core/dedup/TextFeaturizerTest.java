package org.marsad.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturizerTest {

  @Test
  void of_namesYearsAndLead_areCountedAsDocumented() {
    TextFeatures f = TextFeaturizer.of("Mosque attacked in Lyon",
        "The mosque in Lyon was attacked in 2019.\nPolice came.\nThe Lyon mayor spoke on Monday about 2019 and 2020.");

    assertThat(f.year()).isEqualTo(2019);
    // a capital at the start of a sentence makes no name ("Mosque", "Police") unless repeated elsewhere
    assertThat(f.names()).containsKeys("lyon", "2019").doesNotContainKeys("monday", "the", "mosque", "police");
    // title and the first two sentences weigh 3, the rest 1: lyon = 3 (title) + 3 + 1
    assertThat(f.names().get("lyon")).isEqualTo(7f);
    assertThat(f.words()).containsKey("mosque").doesNotContainKeys("the", "in", "was");
  }

  @Test
  void of_otherScripts_keepTheirWords() {
    TextFeatures f = TextFeaturizer.of("", "حرق مسجد في مدينة ليون");
    assertThat(f.words()).containsKeys("مسجد", "ليون");
  }
}
