package org.marsad.flink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;

class DocumentJsonTest {

  @Property(tries = 300)
  void read_write_roundTripsAnyDocument(
      @ForAll @StringLength(min = 1, max = 40) String id,
      @ForAll String source,
      @ForAll String title,
      @ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate published,
      @ForAll boolean undated,
      @ForAll String text) {
    if (id.isBlank()) {
      id = "x" + id;
    }
    Document d = new Document(id, source, "https://example.org/" + id.length(), title,
        undated ? null : published, "", "en", text);
    assertThat(DocumentJson.read(DocumentJson.write(d))).isEqualTo(d);
  }

  @Test
  void read_otherFormat_failsNamingIt() {
    String json = DocumentJson.write(doc()).replace(DocumentJson.FORMAT, "marsad-document/9");
    assertThatThrownBy(() -> DocumentJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marsad-document/9");
  }

  @Test
  void read_withoutText_failsNamingTheField() {
    String json = "{\"format\":\"marsad-document/1\",\"id\":\"a\"}";
    assertThatThrownBy(() -> DocumentJson.read(json)).hasMessageContaining("missing field text");
  }

  @Test
  void read_badDate_failsWithTheValue() {
    String json = DocumentJson.write(doc()).replace("2024-03-01", "2024-13-01");
    assertThatThrownBy(() -> DocumentJson.read(json)).hasMessageContaining("2024-13-01");
  }

  @Test
  void read_notJson_fails() {
    assertThatThrownBy(() -> DocumentJson.read("{not json")).hasMessageStartingWith("not JSON");
  }

  static Document doc() {
    return new Document("abc123", "feed", "", "A title", LocalDate.of(2024, 3, 1), "", "", "Body text.");
  }
}
