package org.marsad.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.marsad.core.domain.Document;
import org.marsad.core.stage.Analysis;
import org.junit.jupiter.api.Test;

class EmbedStageTest {

  @Test
  void apply_document_providesEmbeddingOfTitleAndText() {
    Document d = new Document("d1", "test", "", "Mosque attacked", null, "", "", "Vandals broke the windows.");
    Analysis out = new EmbedStage().apply(Analysis.of(d));
    Embedding e = out.get(EmbedStage.EMBEDDING);
    assertThat(e.dimension()).isEqualTo(384);
    assertThat(e).isEqualTo(SentenceEmbedder.shared().embed("Mosque attacked\nVandals broke the windows."));
    assertThat(new EmbedStage().provides()).containsExactly(EmbedStage.EMBEDDING);
    assertThat(new EmbedStage().requires()).isEmpty();
  }
}
