package org.marsad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexValuesTest {

  private static final LocalDate ANCHOR = LocalDate.of(2020, 11, 27);

  @Test
  void parse_day_givesThatDay() {
    assertThat(TimexValues.parse("2020-11-26", ANCHOR)).contains(DateRange.day(LocalDate.of(2020, 11, 26)));
  }

  @Test
  void parse_dayWithTime_givesThatDay() {
    assertThat(TimexValues.parse("2020-11-26T10:00", ANCHOR).orElseThrow().start()).isEqualTo(LocalDate.of(2020, 11, 26));
  }

  @Test
  void parse_month_givesWholeMonth() {
    DateRange r = TimexValues.parse("2020-02", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(r.end()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(r.precision()).isEqualTo(DateRange.Precision.MONTH);
  }

  @Test
  void parse_year_givesWholeYear() {
    DateRange r = TimexValues.parse("2023", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(r.end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(r.isDayPrecise()).isFalse();
  }

  @Test
  void parse_isoWeek_givesMondayToSunday() {
    DateRange r = TimexValues.parse("2020-W48", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(2020, 11, 23));
    assertThat(r.end()).isEqualTo(LocalDate.of(2020, 11, 29));
  }

  @Test
  void parse_summer_givesJuneToAugust() {
    DateRange r = TimexValues.parse("2023-SU", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(r.end()).isEqualTo(LocalDate.of(2023, 8, 31));
  }

  @Test
  void parse_range_spansBothEnds() {
    DateRange r = TimexValues.parse("2020-11-27/2020-11-28", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(2020, 11, 27));
    assertThat(r.end()).isEqualTo(LocalDate.of(2020, 11, 28));
    assertThat(r.isDayPrecise()).isTrue();
  }

  @Test
  void parse_presentRef_givesAnchor() {
    assertThat(TimexValues.parse("PRESENT_REF", ANCHOR)).contains(DateRange.day(ANCHOR));
    assertThat(TimexValues.parse("PRESENT_REF", null)).isEmpty();
  }

  @Test
  void parse_durationsAndNonsense_giveNothing() {
    assertThat(TimexValues.parse("P1D", ANCHOR)).isEmpty();
    assertThat(TimexValues.parse("PAST_REF", ANCHOR)).isEmpty();
    assertThat(TimexValues.parse("2020-13-45", ANCHOR)).isEmpty();
    assertThat(TimexValues.parse("", ANCHOR)).isEmpty();
    assertThat(TimexValues.parse(null, ANCHOR)).isEmpty();
    assertThat(TimexValues.parse("2020-11-28/2020-11-27", ANCHOR)).isEmpty();
  }

  @Test
  void parse_timeMlDecade_givesTheTenYears() {
    DateRange r = TimexValues.parse("199", ANCHOR).orElseThrow();
    assertThat(r.start()).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(r.end()).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(r.precision()).isEqualTo(DateRange.Precision.DECADE);
  }
}
