package org.marsad.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Span;

class FocusTest {

  @Test
  void mask_keepsRegionsAtTheirOffsetsAndBreaksGapsWithABlankLine() {
    String text = "One here. Two there. Three again.";
    Focus f = new Focus(List.of(new Span(0, 9), new Span(21, 33)), 3, 1);
    String masked = f.mask(text);
    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked.substring(0, 9)).isEqualTo("One here.");
    assertThat(masked.substring(21)).isEqualTo("Three again.");
    assertThat(masked.substring(9, 21)).isEqualTo("\n\n          ");
    assertThat(f.keptChars()).isEqualTo(21);
  }

  @Test
  void new_overlappingRegions_fail() {
    assertThatThrownBy(() -> new Focus(List.of(new Span(0, 9), new Span(5, 12)), 2, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disjoint");
    assertThatThrownBy(() -> new Focus(List.of(), 1, 2)).hasMessageContaining("candidates=2");
    assertThatThrownBy(() -> new Focus(List.of(new Span(0, 9)), 2, 1, List.of(new Span(10, 20))))
        .hasMessageContaining("outside the regions");
  }

  @Test
  void none_hasNothingToRead() {
    assertThat(Focus.none(4).any()).isFalse();
    assertThat(Focus.none(4).mask("abcd")).isEqualTo("    ");
  }
}
