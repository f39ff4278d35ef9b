package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.stage.Pipeline;
import org.marsad.store.DocumentStatus;

/** The cheap half only: no CoreNLP is loaded here. */
class PipelineSplitTest {

  private final PipelineSplit split = PipelineSplit.standard();

  @Test
  void screen_articlesAboutOtherThings_decidedWithoutRecords() {
    for (Document d : Articles.others()) {
      PipelineSplit.Screened s = split.screen(d);
      assertThat(s.admitted()).as(d.source()).isFalse();
      assertThat(s.result().records()).isEmpty();
      DocumentStatus expected = d.source().equals("marche.txt") ? DocumentStatus.SKIPPED_LANGUAGE
          : DocumentStatus.PROCESSED;
      assertThat(s.result().status()).as(d.source()).isEqualTo(expected);
    }
  }

  @Test
  void screen_frenchArticle_keepsTheLanguageFound() {
    Document marche = Articles.others().getLast();
    assertThat(split.screen(marche).result().document().language()).isEqualTo("fr");
  }

  @Test
  void screen_englishArticleAboutAMosque_isAdmittedWithItsLanguage() {
    Document d = new Document("m1", "test", "", "", null, "", "",
        "A mosque in the city centre was vandalised overnight, and the local Muslim community condemned"
            + " the attack on Friday, calling on the police to find those responsible.");
    PipelineSplit.Screened s = split.screen(d);
    assertThat(s.admitted()).isTrue();
    assertThat(s.document().language()).isEqualTo("en");
  }

  @Test
  void of_pipelineWithoutGate_failsNamingItsStages() {
    Pipeline noGate = Pipeline.of("plain", List.of(new LanguageStage()));
    assertThatThrownBy(() -> PipelineSplit.of(noGate)).hasMessageContaining("no gate").hasMessageContaining("language");
  }
}
