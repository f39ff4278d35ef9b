package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventQueryTest {

  @Test
  void constructor_badValues_failWithTheValue() {
    assertThatThrownBy(() -> new EventQuery("article", null, null, null, null, null, null, 10, 0))
        .hasMessageContaining("kind=article");
    assertThatThrownBy(() -> new EventQuery(null, null, null, null, null, "maybe", null, 10, 0))
        .hasMessageContaining("status=maybe");
    assertThatThrownBy(() -> new EventQuery(null, null, null, null, null, null, null, 1001, 0))
        .hasMessageContaining("limit=1001");
    assertThatThrownBy(() -> new EventQuery(null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null, null, 10, 0))
        .hasMessageContaining("2024-01-01");
  }

  @Test
  void constructor_blankFilters_doNotFilter() {
    EventQuery q = new EventQuery(" ", "", "  ", null, null, "", "   ", 10, 0);
    assertThat(q.kind()).isNull();
    assertThat(EventQueries.where(q)).isEqualTo(" where true");
  }

  @Test
  void edit_unknownFieldOrBadValue_isRefused() {
    assertThatThrownBy(() -> new ReviewAction.Edit(Map.of("status", "verified"))).hasMessageContaining("status");
    assertThatThrownBy(() -> new ReviewAction.Edit(Map.of("date", "2024-13-01"))).hasMessageContaining("2024-13-01");
    assertThatThrownBy(() -> new ReviewAction.Edit(Map.of("country", "fr"))).hasMessageContaining("fr");
    assertThat(new ReviewAction.Edit(Map.of("date", "")).fields()).containsEntry("date", "");
  }
}
