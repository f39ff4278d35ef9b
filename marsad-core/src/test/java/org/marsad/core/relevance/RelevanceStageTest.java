package org.marsad.core.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.stage.Analysis;

class RelevanceStageTest {

  private static boolean relevant(String title, String text) {
    Document d = new Document("id", "s", "", title, LocalDate.of(2024, 1, 1), "", "", text);
    return new RelevanceStage().apply(Analysis.of(d)).get(RelevanceStage.RELEVANCE).relevant();
  }

  @Test
  void apply_religionOrResponderNamed_isRelevant() {
    assertThat(relevant("", "Vandals sprayed graffiti on a mosque overnight.")).isTrue();
    assertThat(relevant("", "The OIC Secretary General met the minister.")).isTrue();
    assertThat(relevant("Quran burned outside embassy", "Police detained a man.")).isTrue();
  }

  @Test
  void apply_ordinaryNews_isNotRelevant() {
    assertThat(relevant("iPhone 15", "Apple unveiled its new phones in Cupertino on Tuesday.")).isFalse();
    assertThat(relevant("", "More than 1.8 million pilgrims began the Hajj on Monday near Mecca.")).isFalse();
  }
}
