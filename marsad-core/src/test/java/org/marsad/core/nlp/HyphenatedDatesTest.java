package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HyphenatedDatesTest {

  private static final LocalDate DCT = LocalDate.of(1989, 10, 30);

  @Test
  void value_monthYearAndDecade_readAsDates() {
    assertThat(HyphenatedDates.value("mid-November", DCT)).isEqualTo("1989-11");
    assertThat(HyphenatedDates.value("mid-1996", DCT)).isEqualTo("1996");
    assertThat(HyphenatedDates.value("post-1959", null)).isEqualTo("1959");
    assertThat(HyphenatedDates.value("mid-1990s", DCT)).isEqualTo("199");
  }

  @Test
  void value_otherWordsOrMonthWithoutYear_null() {
    assertThat(HyphenatedDates.value("mid-size", DCT)).isNull();
    assertThat(HyphenatedDates.value("mid-Novemberish", DCT)).isNull();
    assertThat(HyphenatedDates.value("mid-March", null)).isNull();
    assertThat(HyphenatedDates.value("post-war", DCT)).isNull();
  }
}
