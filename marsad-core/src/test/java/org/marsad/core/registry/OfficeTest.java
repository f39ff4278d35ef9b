package org.marsad.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeTest {

  private static Office office(String from, String to) {
    return new Office(
        "p",
        "Foreign Minister",
        "",
        "PK",
        from == null ? null : PartialDate.parse(from),
        to == null ? null : PartialDate.parse(to),
        "");
  }

  @Test
  void heldAt_exactBounds_areInclusive() {
    Office o = office("2018-08-20", "2022-04-10");
    assertThat(o.heldAt(LocalDate.of(2018, 8, 20))).isTrue();
    assertThat(o.heldAt(LocalDate.of(2022, 4, 10))).isTrue();
    assertThat(o.heldAt(LocalDate.of(2018, 8, 19))).isFalse();
    assertThat(o.heldAt(LocalDate.of(2022, 4, 11))).isFalse();
  }

  @Test
  void heldAt_yearBounds_coverWholeYears() {
    Office o = office("2008", "2011");
    assertThat(o.heldAt(LocalDate.of(2008, 1, 1))).isTrue();
    assertThat(o.heldAt(LocalDate.of(2011, 12, 31))).isTrue();
    assertThat(o.heldAt(LocalDate.of(2012, 1, 1))).isFalse();
  }

  @Test
  void heldAt_openEnd_isHeldAfterStart() {
    Office o = office("2024-03-11", null);
    assertThat(o.heldAt(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(o.heldAt(LocalDate.of(2024, 3, 10))).isFalse();
  }

  @Test
  void constructor_endBeforeStart_throwsWithDates() {
    assertThatThrownBy(() -> office("2022", "2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from=2022")
        .hasMessageContaining("to=2021");
  }

  @Test
  void constructor_noOrgNoCountry_throws() {
    assertThatThrownBy(() -> new Office("p", "Envoy", "", "", null, null, ""))
        .hasMessageContaining("title=Envoy");
  }

  @Test
  void constructor_badCountry_throwsWithValue() {
    assertThatThrownBy(() -> new Office("p", "Envoy", "", "XX", null, null, ""))
        .hasMessageContaining("country=XX");
  }
}
