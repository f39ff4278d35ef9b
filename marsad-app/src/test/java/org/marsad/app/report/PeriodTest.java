package org.marsad.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parse_year_coversTheYearAndComparesWithTheYearBefore() {
    Period p = Period.parse("2024");
    assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(p.kind()).isEqualTo(Period.Kind.YEAR);
    assertThat(p.previous().label()).isEqualTo("2023");
    assertThat(p.days()).isEqualTo(366);
  }

  @Test
  void parse_month_endsOnTheLastDayAndComparesWithTheMonthBefore() {
    Period p = Period.parse("2024-03");
    assertThat(p.to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(p.previous().from()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(p.previous().to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.parse("2024-01").previous().label()).isEqualTo("2023-12");
  }

  @Test
  void parse_range_comparesWithAsManyDaysJustBefore() {
    Period p = Period.parse("2023-01-11..2023-01-20");
    assertThat(p.days()).isEqualTo(10);
    assertThat(p.previous().from()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(p.previous().to()).isEqualTo(LocalDate.of(2023, 1, 10));
    assertThat(p.contains(LocalDate.of(2023, 1, 20))).isTrue();
    assertThat(p.contains(LocalDate.of(2023, 1, 21))).isFalse();
  }

  @Test
  void parse_malformedOrReversed_failsNamingTheInput() {
    assertThatThrownBy(() -> Period.parse("2023-13")).hasMessageContaining("2023-13");
    assertThatThrownBy(() -> Period.parse("last year")).hasMessageContaining("last year");
    assertThatThrownBy(() -> Period.parse("2023-05-01..2023-04-01")).hasMessageContaining("2023-04-01");
  }

  @Test
  void years_spanOfDates_coversWholeYears() {
    assertThat(Period.years(LocalDate.of(2020, 11, 26), LocalDate.of(2023, 8, 1)).label())
        .isEqualTo("2020-01-01..2023-12-31");
    assertThat(Period.years(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 8, 1)).kind()).isEqualTo(Period.Kind.YEAR);
  }
}
