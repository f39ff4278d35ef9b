package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  private static final LocalDate Y1900 = LocalDate.of(1900, 1, 1);

  @Test
  void defaults_areTheDocumentedBounds() {
    IngestConfig c = IngestConfig.defaults();
    assertThat(c.maxFileBytes()).isEqualTo(50 * 1024 * 1024);
    assertThat(c.maxHtmlBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(c.quarantineKeepBytes()).isEqualTo(64 * 1024);
    assertThat(c.earliestPublished()).isEqualTo(Y1900);
    assertThat(c.futureToleranceDays()).isEqualTo(1);
  }

  @Test
  void constructor_contradictionsOrBadValues_failWithTheValue() {
    assertThatThrownBy(() -> new IngestConfig(0, 0, 0, Y1900, 0)).hasMessageContaining("maxFileBytes=0");
    assertThatThrownBy(() -> new IngestConfig(10, 11, 0, Y1900, 0)).hasMessageContaining("maxHtmlBytes=11");
    assertThatThrownBy(() -> new IngestConfig(10, 10, 11, Y1900, 0)).hasMessageContaining("quarantineKeepBytes=11");
    assertThatThrownBy(() -> new IngestConfig(10, 10, 1, Y1900, -2)).hasMessageContaining("futureToleranceDays=-2");
    assertThatThrownBy(() -> new IngestConfig(10, 10, 1, null, 0)).isInstanceOf(NullPointerException.class);
  }
}
