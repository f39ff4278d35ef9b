package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

  @Test
  void problem_insideWindow_isEmpty() {
    assertThat(TestInputs.WINDOW.problem(LocalDate.of(1900, 1, 1))).isEmpty();
    assertThat(TestInputs.WINDOW.problem(LocalDate.of(2025, 6, 16))).isEmpty();
  }

  @Test
  void problem_beforeEarliest_saysSo() {
    assertThat(TestInputs.WINDOW.problem(LocalDate.of(1899, 12, 31)))
        .contains("published date 1899-12-31 is before 1900-01-01");
  }

  @Test
  void problem_afterTomorrow_isFuture() {
    assertThat(TestInputs.WINDOW.problem(LocalDate.of(2025, 6, 17)))
        .contains("published date 2025-06-17 is in the future (today is 2025-06-15)");
  }

  @Test
  void constructor_negativeTolerance_failsWithValue() {
    assertThatThrownBy(() -> new DateWindow(LocalDate.MIN, TestInputs.CLOCK, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toleranceDays=-1");
  }
}
