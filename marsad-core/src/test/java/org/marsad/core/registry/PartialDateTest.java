package org.marsad.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parse_year_coversTheWholeYear() {
    PartialDate d = PartialDate.parse("2018");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2018, 12, 31));
  }

  @Test
  void parse_month_coversTheWholeMonth() {
    PartialDate d = PartialDate.parse("2024-02");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parse_day_isThatDay() {
    PartialDate d = PartialDate.parse("2018-08-20");
    assertThat(d.earliest()).isEqualTo(d.latest()).isEqualTo(LocalDate.of(2018, 8, 20));
  }

  @Test
  void parse_malformedOrImpossible_throwsWithValue() {
    assertThatThrownBy(() -> PartialDate.parse("20-08-2018")).hasMessageContaining("20-08-2018");
    assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("day=30");
    assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("month=13");
    assertThatThrownBy(() -> PartialDate.parse(null)).hasMessageContaining("null");
  }

  @Test
  void toString_randomDates_roundTripThroughParse() {
    Random random = new Random(7L);
    for (int i = 0; i < 2_000; i++) {
      int year = 1900 + random.nextInt(201);
      int month = random.nextInt(13);
      int day = month == 0 ? 0 : random.nextInt(29);
      PartialDate d = new PartialDate(year, month, day);
      assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
      assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
    }
  }
}
