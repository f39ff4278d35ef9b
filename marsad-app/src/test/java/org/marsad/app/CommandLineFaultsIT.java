package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;

/**
 * Bad command lines, bad homes, bad database URLs and bad backup files: each must end with its exit code (2 usage,
 * 1 failure, 3 data problem) and one line of reason starting {@code marsad:}, never a stack trace, never a
 * password; and a store that a refused command touched must be as it was.
 */
@Tag("reliability")
class CommandLineFaultsIT {

  @TempDir static Path dir;

  private static void expect(String fault, int code, String reason, String... args) {
    expectRecorded(fault, code, reason, null, args);
  }

  /** As {@link #expect}, recording {@code recorded} as the result when the reason's detail varies by run. */
  private static void expectRecorded(String fault, int code, String reason, String recorded, String... args) {
    CommandRun r = CommandRun.of(args);
    assertThat(r.code()).as(fault + ": " + r.err()).isEqualTo(code);
    List<String> lines = r.err().lines().filter(l -> l.startsWith("marsad:")).toList();
    assertThat(lines).as(fault + ": " + r.err()).hasSize(1);
    assertThat(lines.get(0)).contains(reason);
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ", "Exception in");
    String line = lines.get(0).replace(dir.toString(), "DIR");
    ReliabilityRows.record(CommandLineFaultsIT.class, "command line", fault,
        "exit " + code + " with a one-line reason",
        "exit " + r.code() + ": " + (recorded != null ? recorded : abbreviate(line)));
  }

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 159) + "…";
  }

  @Test
  void arguments_malformed_usageErrorWithOneLine() {
    expect("no command", Main.USAGE, "a command is required");
    expect("unknown command", Main.USAGE, "Unmatched argument", "frobnicate");
    expect("unknown option", Main.USAGE, "Unknown option: '--bogus'", "ingest", "--bogus", "x");
    expect("ingest without a path", Main.USAGE, "Missing required parameter", "ingest");
    expect("process --threads 0", Main.USAGE, "--threads must be between 1 and 256: 0", "process", "--threads", "0",
        "--home", dir.resolve("never").toString());
    expect("process --threads -3", Main.USAGE, "--threads must be between 1 and 256: -3", "process", "--threads",
        "-3", "--home", dir.resolve("never").toString());
    expect("process --threads abc", Main.USAGE, "Invalid value for option '--threads'", "process", "--threads", "abc");
    expect("extract --format xml", Main.USAGE, "unknown --format: xml", "extract", "--format", "xml", "x.txt");
    assertThat(dir.resolve("never")).as("usage errors touch no store").doesNotExist();
  }

  @Test
  void homesAndDatabases_unusable_failureWithOneLineAndNoPassword() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    expect("--home is a regular file", Main.FAILURE, "is a file, not a directory", "status", "--home", file.toString());
    expect("--home under a regular file", Main.FAILURE, "is a file, not a directory", "status", "--home",
        file.resolve("sub").toString());
    expect("--db-url to a port where nothing listens, with a password", Main.FAILURE, "", "status", "--db-url",
        "jdbc:postgresql://127.0.0.1:1/marsad?user=u&password=s3cret-pw");
    expect("--db-url that is not a PostgreSQL URL", Main.FAILURE, "", "status", "--db-url", "mysql://h/db");
    for (CommandRun r : List.of(CommandRun.of("status", "--db-url", "jdbc:postgresql://127.0.0.1:1/marsad?user=u&password=s3cret-pw"))) {
      assertThat(r.out() + r.err()).doesNotContain("s3cret-pw");
    }
  }

  @Test
  void storeCommands_badPathsAndBackups_reasonAndStoreUnchanged() throws Exception {
    Path home = dir.resolve("home");
    Path good = Files.writeString(dir.resolve("good.txt"), "date 2023-08-01\n\nA mosque in Leeds was vandalised.\n");
    assertThat(CommandRun.of("ingest", "--home", home.toString(), good.toString()).code()).isZero();
    expect("ingest of a path that does not exist", Main.QUARANTINED, "1 input(s) quarantined", "ingest", "--home",
        home.toString(), dir.resolve("missing.txt").toString());
    expect("ingest of a path 100,000 characters long", Main.QUARANTINED, "1 input(s) quarantined", "ingest", "--home",
        home.toString(), "x".repeat(100_000));

    Path backup = dir.resolve("b.zip");
    assertThat(CommandRun.of("backup", "--home", home.toString(), backup.toString()).code()).isZero();
    String before = String.join("\n", CanonicalDump.of(backup).get("documents"));
    expect("backup onto an existing file", Main.USAGE, "exists; use --force", "backup", "--home", home.toString(),
        backup.toString());
    expect("backup into a folder that does not exist", Main.FAILURE, "does not exist", "backup", "--home", home.toString(),
        dir.resolve("no/such/dir/b.zip").toString());
    expect("restore of a file that does not exist", Main.QUARANTINED, "no backup file at", "restore", "--home",
        home.toString(), "--force", dir.resolve("none.zip").toString());
    expect("restore of a text file", Main.QUARANTINED, "not a Marsad backup", "restore", "--home", home.toString(),
        "--force", good.toString());
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 3] ^= 0x55;
    Path flipped = Files.write(dir.resolve("flipped.zip"), bytes);
    expectRecorded("restore of a backup with one byte flipped", Main.QUARANTINED, "restore refused, nothing changed",
        "marsad: restore refused, nothing changed: (a checksum, zip CRC or zip structure error, by where the byte"
            + " lands)", "restore", "--home", home.toString(), "--force", flipped.toString());
    expect("restore into a store that holds data, without --force", Main.QUARANTINED, "the store is not empty",
        "restore", "--home", home.toString(), backup.toString());

    Path after = dir.resolve("after.zip");
    assertThat(CommandRun.of("backup", "--home", home.toString(), after.toString()).code()).isZero();
    assertThat(String.join("\n", CanonicalDump.of(after).get("documents"))).isEqualTo(before);
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(CommandLineFaultsIT.class);
  }
}
