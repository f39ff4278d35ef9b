package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The last day spike alerts count: the calendar day in UTC+14, whatever the clock's zone. */
class SpikeAlertsTest {

  static LocalDate latestDayAt(String instant, String zone) {
    return SpikeAlerts.latestDay(Clock.fixed(Instant.parse(instant), ZoneId.of(zone)));
  }

  @Test
  void latestDay_turnsAtTenUtc_whenTheDayBeginsInKiribati() {
    assertThat(latestDayAt("2025-06-10T09:59:59Z", "UTC")).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(latestDayAt("2025-06-10T10:00:00Z", "UTC")).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(latestDayAt("2025-06-10T23:59:59Z", "UTC")).isEqualTo(LocalDate.of(2025, 6, 11));
  }

  @Test
  void latestDay_clockInAnotherZone_isTheSameDay() {
    assertThat(latestDayAt("2025-06-10T12:00:00Z", "America/Los_Angeles")).isEqualTo(LocalDate.of(2025, 6, 11));
    assertThat(latestDayAt("2025-06-10T12:00:00Z", "Pacific/Kiritimati")).isEqualTo(LocalDate.of(2025, 6, 11));
  }
}
