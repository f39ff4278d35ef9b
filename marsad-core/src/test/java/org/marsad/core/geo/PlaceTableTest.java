package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Place;

class PlaceTableTest {

  private static final String SAMPLE =
      "# sample\n"
          + PlaceTable.HEADER
          + "\n"
          + "2660646\tGenève\tGeneve\tGeneva|Genf|جنيف\tCH\tGE\t46.2022\t6.1457\t183981\tPPLA\n"
          + "4893591\tGeneva\t\t\tUS\tIL\t41.8875\t-88.3054\t21806\tPPLA2\n";

  static PlaceTable read(String text) throws IOException {
    return PlaceTable.read(new BufferedReader(new StringReader(text)), "sample");
  }

  @Test
  void read_sample_buildsPlacesWithExactCoordinates() throws IOException {
    PlaceTable table = read(SAMPLE);

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.place(0))
        .isEqualTo(
            new Place("2660646", "Genève", "CH", "GE", 46.2022, 6.1457, 183981, Place.Kind.CITY));
    assertThat(table.feature(1)).isEqualTo("PPLA2");
  }

  @Test
  void lookup_nameAsciiAndAlternate_flagsAlternateMatches() throws IOException {
    PlaceTable table = read(SAMPLE);

    assertThat(table.lookup("geneve")).containsExactly(0 << 1);
    assertThat(table.lookup("geneva")).containsExactly(0 << 1 | 1, 1 << 1);
    assertThat(table.lookup("genf")).containsExactly(0 << 1 | 1);
    assertThat(table.lookup(NameKey.of("جنيف"))).containsExactly(0 << 1 | 1);
    assertThat(table.lookup("zurich")).isEmpty();
  }

  @Test
  void read_latitudeOutOfRange_failsWithLine() {
    String bad = SAMPLE.replace("46.2022", "96.2");

    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sample line 3: lat out of range: 96.2");
  }

  @Test
  void read_missingCountry_failsWithValue() {
    String bad = SAMPLE.replace("\tUS\t", "\t\t");

    assertThatThrownBy(() -> read(bad)).hasMessageContaining("line 4").hasMessageContaining("country=");
  }

  @Test
  void read_coordinateWithFiveDecimalsOrLetters_failsWithValue() {
    assertThatThrownBy(() -> read(SAMPLE.replace("6.1457", "6.14569")))
        .hasMessageContaining("lon is not a number of degrees with at most 4 decimals: 6.14569");
    assertThatThrownBy(() -> read(SAMPLE.replace("6.1457", "6,1457")))
        .hasMessageContaining("6,1457");
    assertThatThrownBy(() -> read(SAMPLE.replace("6.1457", "-")))
        .hasMessageContaining("lon is not a number");
  }

  @Test
  void read_negativeAndIntegerCoordinates_keepTheirValue() throws IOException {
    PlaceTable table = read(SAMPLE.replace("41.8875\t-88.3054", "-41\t-0.05"));

    assertThat(table.place(1).lat()).isEqualTo(-41.0);
    assertThat(table.place(1).lon()).isEqualTo(-0.05);
  }
}
