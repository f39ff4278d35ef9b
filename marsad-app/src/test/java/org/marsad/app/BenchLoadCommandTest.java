package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad bench load}, tiny: a few hundred synthetic documents, three small articles processed by the
 * real pipeline while the API serves list, search and incident pages; the last line is the JSON of figures.
 */
class BenchLoadCommandTest {

  @TempDir Path dir;

  @Test
  void benchLoad_tiny_endsWithItsFiguresAndNoErrors() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("lgl.jsonl"), String.join("\n",
        "{\"text\":\"A mosque in Lyon was set on fire on 12 May 2023, police said. The OIC condemned the attack.\"}",
        "{\"text\":\"Vandals sprayed graffiti on a mosque in Leeds on Tuesday, police said.\"}",
        "{\"text\":\"Shares rose in Tokyo on Monday as exporters gained.\"}") + "\n");

    CommandRun r = CommandRun.of("bench", "load", "--data", data.toString(), "--articles", "3",
        "--documents", "250", "--incidents", "40", "--dir", dir.resolve("home").toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    JsonNode figures = r.lastJson();
    for (String endpoint : new String[] {"list", "search", "incident_page"}) {
      assertThat(figures.get(endpoint + "_p50_ms").asDouble()).as(endpoint).isPositive();
      assertThat(figures.get(endpoint + "_p99_ms").asDouble()).as(endpoint)
          .isGreaterThanOrEqualTo(figures.get(endpoint + "_p50_ms").asDouble());
      assertThat(figures.get(endpoint + "_errors").asLong()).as(endpoint).isZero();
    }
    assertThat(figures.get("errors").asLong()).isZero();
    assertThat(figures.get("requests_per_s").asDouble()).isPositive();
    assertThat(figures.get("docs_per_s").asDouble()).isPositive();
    assertThat(figures.get("articles").asInt()).isEqualTo(3);
    assertThat(figures.get("records").asInt()).as("the articles about mosques yield records").isPositive();
    assertThat(figures.has("load_average")).isTrue();
  }
}
