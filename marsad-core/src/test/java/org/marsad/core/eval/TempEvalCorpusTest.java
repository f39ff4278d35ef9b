package org.marsad.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Span;
import org.marsad.core.time.TimexAnnotation;

class TempEvalCorpusTest {

  private static final String LINE = """
      {"doc_id": "d1", "split": "test_platinum", "dct": "2013-03-22T10:00", "text": "It rained on Friday.",
       "timexes": [{"tid": "t1", "type": "DATE", "value": "2013-03-15", "text": "Friday", "start": 13, "end": 19}]}
      """.replace("\n", " ");

  @Test
  void read_testSplit_givesDocumentsWithGoldAndDct(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tempeval3.jsonl");
    Files.writeString(file, LINE + "\n" + LINE.replace("test_platinum", "train_aquaint").replace("d1", "d2") + "\n");

    List<TempEvalDoc> test = TempEvalCorpus.read(file, TempEvalCorpus.Split.TEST);
    List<TempEvalDoc> dev = TempEvalCorpus.read(file, TempEvalCorpus.Split.DEV);

    assertThat(test).extracting(TempEvalDoc::id).containsExactly("d1");
    assertThat(dev).extracting(TempEvalDoc::id).containsExactly("d2");
    assertThat(test.getFirst().dct()).isEqualTo(LocalDate.of(2013, 3, 22));
    assertThat(test.getFirst().gold()).containsExactly(new TimexAnnotation(new Span(13, 19), "DATE", "2013-03-15"));
  }

  @Test
  void parse_quoteDiffersFromText_failsWithBoth() throws Exception {
    String bad = LINE.replace("\"start\": 13", "\"start\": 12");

    assertThatThrownBy(() -> TempEvalCorpus.parse(new ObjectMapper().readTree(bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Friday'").hasMessageContaining("' Friday'");
  }

  @Test
  void read_badLine_failsWithLineNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tempeval3.jsonl");
    Files.writeString(file, LINE + "\n{\"doc_id\": \"d3\"}\n");

    assertThatThrownBy(() -> TempEvalCorpus.read(file, TempEvalCorpus.Split.TEST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":2:").hasMessageContaining("'text'");
  }

  @Test
  void named_unknownSplit_failsWithTheName() {
    assertThat(TempEvalCorpus.Split.named("Dev")).isEqualTo(TempEvalCorpus.Split.DEV);
    assertThatThrownBy(() -> TempEvalCorpus.Split.named("train")).hasMessageContaining("train");
  }

  @Test
  void read_sharedData_holdsTheCountsOfSourceMd() {
    Path file = shared("data/tempeval3/tempeval3.jsonl");

    List<TempEvalDoc> test = TempEvalCorpus.read(file, TempEvalCorpus.Split.TEST);
    List<TempEvalDoc> dev = TempEvalCorpus.read(file, TempEvalCorpus.Split.DEV);

    assertThat(test).hasSize(20);
    assertThat(test.stream().mapToInt(d -> d.gold().size()).sum()).isEqualTo(138);
    assertThat(dev).hasSize(183 + 73);
    assertThat(dev.stream().mapToInt(d -> d.gold().size()).sum()).isEqualTo(1243 + 579);
  }

  /** A file under ../shared (or $MARSAD_SHARED); the test is skipped, with a message, without it. */
  private static Path shared(String sub) {
    String env = System.getenv("MARSAD_SHARED");
    Path root = env != null ? Path.of(env) : Path.of("..", "..", "shared");
    Path file = root.resolve(sub).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(file), "shared data not found at " + file + " (set MARSAD_SHARED); skipping");
    return file;
  }
}
