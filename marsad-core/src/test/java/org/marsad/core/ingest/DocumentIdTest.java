package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

  private static final LocalDate DAY = LocalDate.of(2023, 8, 1);

  @Test
  void of_sameContent_sameId() {
    assertThat(DocumentId.of("text", DAY, "t")).isEqualTo(DocumentId.of("text", DAY, "t"));
  }

  @Test
  void of_anyContent_is32LowerHexChars() {
    assertThat(DocumentId.of("", null, null)).matches("[0-9a-f]{32}");
  }

  @Test
  void of_otherLineEndingsOrNormalForm_sameId() {
    assertThat(DocumentId.of("a\r\nb", DAY, "Lo\u0308kke")).isEqualTo(DocumentId.of("a\nb", DAY, "L\u00F6kke"));
  }

  @Test
  void of_differentDateTitleOrText_differentId() {
    String id = DocumentId.of("text", DAY, "t");
    assertThat(DocumentId.of("text", DAY.plusDays(1), "t")).isNotEqualTo(id);
    assertThat(DocumentId.of("text", null, "t")).isNotEqualTo(id);
    assertThat(DocumentId.of("text", DAY, "")).isNotEqualTo(id);
    assertThat(DocumentId.of("text!", DAY, "t")).isNotEqualTo(id);
  }

  @Test
  void of_fieldsShiftedAcrossBoundary_differentId() {
    assertThat(DocumentId.of("ab", null, "c")).isNotEqualTo(DocumentId.of("a", null, "bc"));
  }

  @Test
  void of_nullAndEmptyTitle_sameId() {
    assertThat(DocumentId.of("x", DAY, null)).isEqualTo(DocumentId.of("x", DAY, ""));
  }
}
