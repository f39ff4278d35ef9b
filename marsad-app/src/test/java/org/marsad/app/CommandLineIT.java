package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on a real embedded PostgreSQL: ingest, process, status, extract,
 * and the exit codes scripts rely on.
 */
class CommandLineIT {

  @TempDir static Path home;
  @TempDir static Path inputs;
  static Path seeds;

  @BeforeAll
  static void findSeeds() {
    String env = System.getenv("MARSAD_SHARED");
    seeds = (env != null ? Path.of(env) : Path.of("..", "..", "shared")).resolve("seeds").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(seeds), "shared seeds not found at " + seeds + "; skipping");
  }

  @Test
  void ingestProcessStatus_onEmbeddedPostgres_countsDocumentsAndRecords() throws Exception {
    Path in = Files.createDirectories(inputs.resolve("articles"));
    Files.copy(seeds.resolve("000_712beae123183450.txt"), in.resolve("a.txt"));
    Files.copy(seeds.resolve("dev/d10-iphone-2023-09-13.txt"), in.resolve("b.txt"));
    Files.write(in.resolve("broken.txt"), "date 2023-13-45\n\nA bad header.\n".getBytes(StandardCharsets.UTF_8));

    CommandRun ingest = CommandRun.of("ingest", "--home", home.toString(), in.toString());
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(Main.QUARANTINED);
    assertThat(ingest.err()).contains("broken.txt");

    CommandRun again = CommandRun.of("ingest", "--home", home.toString(), in.toString());
    assertThat(again.out()).contains("ingested 0 new document(s), 2 already stored");

    CommandRun process = CommandRun.of("process", "--home", home.toString());
    assertThat(process.code()).as(process.err()).isEqualTo(Main.OK);

    JsonNode status = CommandRun.of("status", "--home", home.toString(), "--json").lastJson();
    assertThat(status.get("documents").asInt()).isEqualTo(2);
    assertThat(status.get("quarantined").asInt()).isEqualTo(1);
    assertThat(status.get("responses").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(status.get("incidents").asInt()).isZero();

    CommandRun reprocess = CommandRun.of("process", "--home", home.toString());
    assertThat(reprocess.out()).contains("processed 0 document(s)");
    assertThat(CommandRun.of("status", "--home", home.toString(), "--json").lastJson()).isEqualTo(status);
  }

  @Test
  void extract_printsOneJsonRecordPerLineWithEvidence() throws Exception {
    CommandRun r = CommandRun.of("extract", seeds.resolve("003_e4b9f3156e9ffce2.txt").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    List<JsonNode> records = r.out().lines().map(l -> {
      try {
        return new ObjectMapper().readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
    assertThat(records).isNotEmpty().allSatisfy(j -> {
      assertThat(j.get("doc").asText()).isEqualTo("003_e4b9f3156e9ffce2.txt");
      assertThat(j.get("kind").asText()).isIn("incident", "response");
      assertThat(j.get("evidence")).isNotEmpty();
      assertThat(j.has("date") && j.has("date_end") && j.has("place") && j.has("actors")).isTrue();
    });
    assertThat(records).anySatisfy(j -> assertThat(j.get("type").asText()).isEqualTo("phone_call"));
  }

  @Test
  void usageErrors_exitTwoWithAReason() {
    CommandRun r = CommandRun.of("extract");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("marsad: ");
    assertThat(CommandRun.of("no-such-command").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void failure_exitsOneWithOneLine() {
    CommandRun r = CommandRun.of("eval", "extract", "--data", inputs.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err().strip()).startsWith("marsad: ").doesNotContain("\n");
  }
}
