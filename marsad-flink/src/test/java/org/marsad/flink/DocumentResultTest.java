package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.store.DocumentStatus;

class DocumentResultTest {

  private static final Document DOC = new Document("d1", "", "", "", null, "", "en", "text");

  @Test
  void new_ingestedStatus_fails() {
    assertThatThrownBy(() -> DocumentResult.of(DOC, DocumentStatus.INGESTED, List.of()))
        .hasMessageContaining("status=INGESTED");
  }

  @Test
  void new_failedWithoutStage_fails() {
    assertThatThrownBy(() -> new DocumentResult(DOC, DocumentStatus.FAILED, List.of(), "", "why"))
        .hasMessageContaining("failedStage=");
  }

  @Test
  void new_processedWithStage_fails() {
    assertThatThrownBy(() -> new DocumentResult(DOC, DocumentStatus.PROCESSED, List.of(), "nlp", ""))
        .hasMessageContaining("failedStage=nlp");
  }
}
