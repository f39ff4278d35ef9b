package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Place;

class CountryTableTest {

  private static CountryTable read(String rows) throws IOException {
    String text = "# sample\n" + CountryTable.HEADER + "\n" + rows;
    return CountryTable.read(new BufferedReader(new StringReader(text)), "sample");
  }

  @Test
  void read_row_indexesNameAliasesAndDemonyms() throws IOException {
    CountryTable table = read("DK\tDenmark\tDanmark|الدنمارك\tDanish|Danes\t56\t10\t5793636\n");

    assertThat(table.byCode("DK"))
        .contains(new Place("country:DK", "Denmark", "DK", "", 56, 10, 5793636, Place.Kind.COUNTRY));
    assertThat(table.codeOfName("denmark")).contains("DK");
    assertThat(table.codeOfName(NameKey.of("الدنمارك"))).contains("DK");
    assertThat(table.codeOfName("danish")).isEmpty();
    assertThat(table.codeOfDemonym("danes")).contains("DK");
  }

  @Test
  void read_aliasOfTwoCountries_fails() {
    assertThatThrownBy(
            () -> read("CG\tCongo\t\t\t-1\t15\t0\nCD\tDR Congo\tCongo\t\t0\t25\t0\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 4: 'Congo' names both CG and CD");
  }

  @Test
  void read_badCode_failsWithValue() {
    assertThatThrownBy(() -> read("dk\tDenmark\t\t\t56\t10\t0\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("country=dk");
  }
}
