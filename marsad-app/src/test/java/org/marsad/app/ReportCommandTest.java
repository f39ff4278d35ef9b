package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.report.Period;
import org.marsad.app.report.Snapshot;
import org.marsad.app.report.SnapshotFiles;
import org.marsad.app.report.SyntheticEvents;

/** {@code marsad report} without a database: usage errors, and rebuilding from a kept snapshot. */
class ReportCommandTest {

  @TempDir Path home;

  static int run(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    PrintStream oldOut = System.out;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return Main.run(args);
    } finally {
      System.setErr(old);
      System.setOut(oldOut);
    }
  }

  @Test
  void report_badPeriodOrStatusOrFormat_isAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "report", "--home", home.toString(), "--period", "2023-13")).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("2023-13");
    assertThat(run(err, "report", "--home", home.toString(), "--period", "2023", "--status", "maybe")).isEqualTo(Main.USAGE);
    assertThat(run(err, "report", "--home", home.toString(), "--period", "2023", "--format", "docx")).isEqualTo(Main.USAGE);
    assertThat(run(err, "report", "--home", home.toString())).isEqualTo(Main.USAGE);
    assertThat(run(err, "report", "--home", home.toString(), "--snapshot", "0123456789abcdef")).isEqualTo(Main.USAGE);
  }

  @Test
  void report_keptSnapshot_rebuildsTheSameHtmlWithoutTheStore() throws Exception {
    Snapshot s = new SnapshotFiles(home.resolve("snapshots"), Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC))
        .freeze(new SyntheticEvents(9).generate(40, 2023), Period.parse("2023"), true);
    Path a = home.resolve("a.html");
    Path b = home.resolve("b.html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(run(err, "report", "--home", home.toString(), "--snapshot", s.id(), "--out", a.toString())).isEqualTo(Main.OK);
    assertThat(run(err, "report", "--home", home.toString(), "--snapshot", s.id(), "--out", b.toString())).isEqualTo(Main.OK);

    assertThat(Files.readString(a)).contains(s.id()).contains("2026-11-23T12:00:00Z").isEqualTo(Files.readString(b));
  }
}
