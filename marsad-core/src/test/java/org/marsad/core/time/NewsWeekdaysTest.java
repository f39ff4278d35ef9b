package org.marsad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewsWeekdaysTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 6);
  private static final DateRange NEXT_SATURDAY = DateRange.day(LocalDate.of(2024, 5, 11));

  @Test
  void anchor_weekdayAfterPublication_movesBackAWeek() {
    assertThat(NewsWeekdays.anchor(NEXT_SATURDAY, "Saturday night", "Arsonists set fire to a mosque on Saturday night.", MONDAY))
        .isEqualTo(DateRange.day(LocalDate.of(2024, 5, 4)));
  }

  @Test
  void anchor_futureSentence_keepsTheDay() {
    assertThat(NewsWeekdays.anchor(NEXT_SATURDAY, "Saturday", "The council will meet on Saturday.", MONDAY))
        .isEqualTo(NEXT_SATURDAY);
  }

  @Test
  void anchor_pastOrNonWeekday_unchanged() {
    DateRange thursday = DateRange.day(LocalDate.of(2024, 5, 2));
    assertThat(NewsWeekdays.anchor(thursday, "Thursday", "They met on Thursday.", MONDAY)).isEqualTo(thursday);
    assertThat(NewsWeekdays.anchor(NEXT_SATURDAY, "May 11", "They met on May 11.", MONDAY)).isEqualTo(NEXT_SATURDAY);
    assertThat(NewsWeekdays.anchor(null, "Saturday", "x", MONDAY)).isNull();
  }

  @Test
  void resolve_pastAndFutureSentences_latestOrNextSuchDay() {
    assertThat(NewsWeekdays.resolve(java.time.DayOfWeek.SATURDAY, "Arsonists set fire to a mosque on Saturday.", MONDAY))
        .isEqualTo(LocalDate.of(2024, 5, 4));
    assertThat(NewsWeekdays.resolve(java.time.DayOfWeek.SATURDAY, "The council will meet on Saturday.", MONDAY))
        .isEqualTo(LocalDate.of(2024, 5, 11));
    assertThat(NewsWeekdays.resolve(java.time.DayOfWeek.MONDAY, "He spoke on Monday.", MONDAY)).isEqualTo(MONDAY);
  }
}
