package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
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
    Path newer = withSchemaVersion(backup, "999", dir.resolve("newer.zip"));
    expectRecorded("restore of a backup written by a newer Marsad (schema version 999)", Main.QUARANTINED,
        "which is older: a newer Marsad wrote it; restore it with that Marsad or a later one",
        "marsad: restore refused, nothing changed: the backup is of schema version 999 and this store is at version"
            + " (the latest), which is older: a newer Marsad wrote it; restore it with that Marsad or a later one",
        "restore",
        "--home", home.toString(), "--force", newer.toString());

    Path after = dir.resolve("after.zip");
    assertThat(CommandRun.of("backup", "--home", home.toString(), after.toString()).code()).isZero();
    assertThat(String.join("\n", CanonicalDump.of(after).get("documents"))).isEqualTo(before);
  }

  @Test
  void restore_backupOfAnOlderSchemaVersion_broughtThroughTheMigrations() throws Exception {
    // written by marsad-store's StoreBackupOlderSchemaIT at schema version 9 (its test jar)
    Path old = Path.of(CommandLineFaultsIT.class.getResource("/backups/schema-v9.zip").toURI());
    Path home = dir.resolve("home-restored");

    CommandRun r = CommandRun.of("restore", "--home", home.toString(), old.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).as("no warnings").isEmpty();
    assertThat(r.out()).contains("(the backup's 9, brought through the migrations since)");
    Path after = dir.resolve("restored.zip");
    assertThat(CommandRun.of("backup", "--home", home.toString(), after.toString()).code()).isZero();
    assertThat(CanonicalDump.of(after).get("sources")).singleElement().asString().contains("https://example.org/feed");
  }

  /** A copy of {@code backup} whose manifest says {@code version} (its data's checksums still fit). */
  private static Path withSchemaVersion(Path backup, String version, Path to) throws IOException {
    try (ZipFile zip = new ZipFile(backup.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().equals("manifest.json")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schema_version\" : \"[^\"]*\"",
              "\"schema_version\" : \"" + version + "\"").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return to;
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(CommandLineFaultsIT.class);
  }
}
