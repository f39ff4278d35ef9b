package org.marsad.core.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoCorpusTest {

  @Test
  void parse_line_readsLocatedAndUnlocatedToponyms() throws Exception {
    String line = "{\"doc_id\":\"7\",\"text\":\"In Paris on Main Street and Rome.\",\"toponyms\":["
        + "{\"start\":3,\"end\":8,\"phrase\":\"Paris\",\"lat\":48.85,\"lon\":2.35},"
        + "{\"start\":12,\"end\":23,\"phrase\":\"Main Street\",\"lat\":null,\"lon\":null},"
        + "{\"start\":28,\"end\":32,\"phrase\":\"Rome\",\"lat\":41.9,\"lon\":12.5,\"offset_ok\":false}]}";

    GeoDocument doc = GeoCorpus.parse(new ObjectMapper().readTree(line));

    assertThat(doc.id()).isEqualTo("7");
    assertThat(doc.toponyms()).extracting(GoldToponym::phrase).containsExactly("Paris", "Main Street", "Rome");
    assertThat(doc.located()).extracting(GoldToponym::phrase).containsExactly("Paris");
  }

  @Test
  void read_lgl_hasTheCorpusCounts() throws Exception {
    Path file = Path.of("..", "..", "shared", "data", "lgl", "lgl.jsonl");
    assumeTrue(Files.isRegularFile(file), "../shared/data/lgl absent; skipping");

    List<GeoDocument> docs = GeoCorpus.read(file);

    assertThat(docs).hasSize(588);
    assertThat(docs.stream().mapToInt(d -> d.located().size()).sum()).isEqualTo(4462);
  }
}
