package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.eval.TempEvalCorpus;
import org.marsad.core.eval.TimexScore;
import org.marsad.core.time.TimexConvention;

/** The dates evaluation's command line and table, without loading CoreNLP. */
class EvalDatesCommandTest {

  @Test
  void call_noTempEvalFile_failsWithOneLine(@TempDir Path dir) {
    assertThat(Main.run("eval", "dates", "--data", dir.toString())).isEqualTo(Main.FAILURE);
  }

  @Test
  void call_unknownSplit_isAUsageError(@TempDir Path dir) {
    assertThat(Main.run("eval", "dates", "--data", dir.toString(), "--split", "train")).isEqualTo(Main.USAGE);
  }

  @Test
  void call_unknownConvention_isAUsageError(@TempDir Path dir) {
    assertThat(Main.run("eval", "dates", "--data", dir.toString(), "--without", "NO_SUCH")).isEqualTo(Main.USAGE);
  }

  @Test
  void print_testSplit_showsOursBesideThePublishedFigures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<String, TimexScore> bySplit = new LinkedHashMap<>();
    TimexScore s = new TimexScore(3, 3, 1, 2, 1, 2);
    bySplit.put("test_platinum", s);
    DatesTable.print(TempEvalCorpus.Split.TEST, 1, s, bySplit, Set.of(TimexConvention.DECADES), 1.0,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("platinum test").contains("DECADES");
    assertThat(out).containsPattern("Marsad.* 33\\.33 .* 66\\.67 .* 33\\.33 .* 66\\.67");
    assertThat(out).contains("HeidelTime").contains("77.61").contains("90.30");
  }
}
