package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAMEO religion codes of typology packs: the default pack's, another pack's, and malformed lists. */
class GdeltReligionCodesTest {

  private static GdeltReligionCodes pack(String codes) throws Exception {
    String json = "{\"format\": \"marsad-typology-pack\", \"id\": \"religion-other\", \"gdelt_religion_codes\": "
        + codes + "}";
    return GdeltReligionCodes.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "other.json");
  }

  @Test
  void defaults_defaultPack_givesTheMuslimCodesInOrder() {
    assertThat(GdeltReligionCodes.defaults().codes()).containsExactly("MOS", "SUN", "SHI", "SFI", "ALE");
  }

  @Test
  void of_packFile_givesItsCodes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("religion-christians.json"),
        "{\"id\": \"religion-christians\", \"gdelt_religion_codes\": [\"CHR\", \"CTH\", \"PRO\"]}");
    assertThat(GdeltReligionCodes.of(file).codes()).containsExactly("CHR", "CTH", "PRO");
  }

  @Test
  void of_malformedCodeList_failsWithOneLineNamingThePackAndTheValue() {
    String[][] cases = {
        {"[\"MOS\", \"Chr\"]", "other.json: gdelt_religion_codes: a CAMEO religion code is 3 upper-case letters, "
            + "not \"Chr\""},
        {"[\"MOSL\"]", "not \"MOSL\""},
        {"[\" MO\"]", "not \" MO\""},
        {"[\"M\\nOS\"]", "not \"M OS\""},
        {"[]", "other.json: gdelt_religion_codes must name at least one CAMEO religion code"},
        {"\"MOS\"", "other.json: gdelt_religion_codes must be a list of CAMEO religion codes, e.g. [\"MOS\"], "
            + "not \"MOS\""},
        {"[\"MOS\", 7]", "other.json: gdelt_religion_codes: a CAMEO religion code is 3 upper-case letters, not 7"},
        {"[\"MOS\", null]", "not null"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> pack(c[0])).as(c[0]).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(c[1])
          .satisfies(e -> assertThat(e.getMessage()).as(c[0]).doesNotContain("\n").startsWith("other.json: "));
    }
  }

  @Test
  void of_packWithoutCodesOrNotJson_failsWithOneLine() {
    assertThatThrownBy(() -> GdeltReligionCodes.of(new ByteArrayInputStream("{\"id\": \"x\"}".getBytes(
        StandardCharsets.UTF_8)), "x.json"))
        .hasMessage("x.json: gdelt_religion_codes must be a list of CAMEO religion codes, e.g. [\"MOS\"], not missing");
    assertThatThrownBy(() -> GdeltReligionCodes.of(new ByteArrayInputStream("{\"id\": \n".getBytes(
        StandardCharsets.UTF_8)), "x.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.json: not JSON: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
