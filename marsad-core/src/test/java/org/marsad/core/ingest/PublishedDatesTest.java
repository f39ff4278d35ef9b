package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 8, 1);

  @Test
  void day_isoDay_reads() {
    assertThat(PublishedDates.day("2023-08-01")).contains(DAY);
  }

  @Test
  void day_impossibleOrOtherFormat_isEmpty() {
    assertThat(PublishedDates.day("2023-13-45")).isEmpty();
    assertThat(PublishedDates.day("2023-02-29")).isEmpty();
    assertThat(PublishedDates.day("01/08/2023")).isEmpty();
    assertThat(PublishedDates.day("2023-08-01T10:00")).isEmpty();
    assertThat(PublishedDates.day(null)).isEmpty();
  }

  @Test
  void lenient_dateTimes_giveTheDayAsWritten() {
    assertThat(PublishedDates.lenient("2023-08-01T23:30:00+05:00")).contains(DAY);
    assertThat(PublishedDates.lenient("2023-08-01T10:00:00Z")).contains(DAY);
    assertThat(PublishedDates.lenient(" 2023-08-01 10:00 ")).contains(DAY);
    assertThat(PublishedDates.lenient("2023-08-01T10:00:00+0000")).contains(DAY);
    assertThat(PublishedDates.lenient("Tue, 1 Aug 2023 10:00:00 GMT")).contains(DAY);
  }

  @Test
  void lenient_garbage_isEmpty() {
    assertThat(PublishedDates.lenient("yesterday")).isEmpty();
    assertThat(PublishedDates.lenient("2023-13-01T00:00")).isEmpty();
    assertThat(PublishedDates.lenient("")).isEmpty();
    assertThat(PublishedDates.lenient("2023-08-01" + "x".repeat(200))).isEmpty();
  }
}
