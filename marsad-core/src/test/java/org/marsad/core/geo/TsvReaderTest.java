package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TsvReaderTest {

  private static TsvReader reader(String text) throws IOException {
    return new TsvReader(new BufferedReader(new StringReader(text)), "test.tsv", "a\tb\tc");
  }

  @Test
  void next_commentsAndEmptyFields_areHandled() throws IOException {
    TsvReader tsv = reader("# source, licence\na\tb\tc\n# note\n1\t\t3\n\nx\ty\t\n");

    assertThat(tsv.next()).containsExactly("1", "", "3");
    assertThat(tsv.next()).containsExactly("x", "y", "");
    assertThat(tsv.next()).isNull();
  }

  @Test
  void constructor_otherHeader_failsNamingBoth() {
    assertThatThrownBy(() -> reader("# c\na\tb\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv line 2")
        .hasMessageContaining("found 'a\tb'");
  }

  @Test
  void next_wrongWidth_failsWithLineNumber() throws IOException {
    TsvReader tsv = reader("a\tb\tc\n1\t2\t3\n1\t2\n");
    tsv.next();

    assertThatThrownBy(tsv::next)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv line 3: expected 3 fields, found 2");
  }

  @Test
  void parseLong_notANumber_failsWithValue() throws IOException {
    TsvReader tsv = reader("a\tb\tc\n");

    assertThat(tsv.parseLong("", "population")).isZero();
    assertThatThrownBy(() -> tsv.parseLong("12x", "population"))
        .hasMessageContaining("population is not an integer: 12x");
  }

  @Test
  void list_pipes_splitKeepingOrder() {
    assertThat(TsvReader.list("")).isEmpty();
    assertThat(TsvReader.list("Geneva|Genf")).containsExactly("Geneva", "Genf");
  }
}
