package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.testing.ReliabilityRows;

/**
 * Kills the app with SIGKILL in the middle of its work and restarts it: the app runs as a child JVM ({@code java
 * -cp} the app, as {@code ./marsad} runs the jar) on a real embedded PostgreSQL; the test watches the store
 * through the database the child started and kills the child when the work is part done. Then it checks that
 * what the store held at the kill (committed, so acknowledged) is still there after the restart, that the
 * restart finishes the work, that the final store equals that of an uninterrupted run (a {@link CanonicalDump}
 * of {@code marsad backup}), and that re-running the command changes nothing.
 *
 * <p>Clustering runs inside {@code marsad process} (records are stored, then assigned to events): {@link
 * #clustering_killedWhileARecordHasNoEvent_sameStoreAsAnUninterruptedRun} kills it in the window between the two,
 * retrying the kill point on a fresh store (a bounded number of times) when a run ends before the window is seen.
 */
@Tag("reliability")
class CrashRecoveryIT {

  @TempDir static Path dir;
  private static final List<Path> HOMES = new ArrayList<>();

  @Test
  void ingest_killedTwiceMidwayAndRestarted_nothingLostNothingTwiceSameStore() throws Exception {
    Path in = Files.createDirectories(dir.resolve("ingest-in"));
    int files = 300;
    int lines = 30_000;
    for (int i = 0; i < files; i++) {
      Files.writeString(in.resolve(String.format("a%05d.txt", i)),
          "date 2023-08-01\n\nMarket report " + i + ": shares rose on Tuesday.\n");
    }
    for (int i = 0; i < 25; i++) {
      Files.writeString(in.resolve(String.format("b%02d.txt", i)), "date 2023-13-" + i + "\n\nBad header.\n");
    }
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      jsonl.append("{\"date\":\"2023-08-02\",\"text\":\"Wire item ").append(i).append(".\"}\n");
      if (i % 500 == 0) {
        jsonl.append("not json ").append(i).append('\n');
      }
    }
    Files.writeString(in.resolve("z.jsonl"), jsonl);
    int expectedDocs = files + lines;

    Path whole = home("ingest-whole");
    assertThat(child(whole, "ingest", in.toString()).waitFor()).isEqualTo(Main.QUARANTINED);
    Map<String, List<String>> uninterrupted = dump(whole);
    assertThat(uninterrupted.get("documents")).hasSize(expectedDocs);

    Path crashed = home("ingest-crashed");
    Set<String> acknowledged = new HashSet<>();
    // first kill: among the single files (one transaction each); second: inside the JSON Lines file (parts)
    for (long threshold : new long[] {100, files + 12_000}) {
      Process p = child(crashed, "ingest", in.toString());
      Set<String> seen = killWhen(p, crashed, "select count(*) from documents", n -> n >= threshold,
          "select id from documents");
      assertThat(seen.size()).as("killed part-way").isBetween((int) threshold, expectedDocs - 1);
      acknowledged.addAll(seen);
      acknowledged.addAll(quarantinedSources(crashed));
    }
    assertThat(child(crashed, "ingest", in.toString()).waitFor()).isEqualTo(Main.QUARANTINED);
    Map<String, List<String>> recovered = dump(crashed);

    Set<String> after = new HashSet<>(ids(recovered.get("documents"), "id="));
    after.addAll(ids(recovered.get("quarantine"), "source="));
    assertThat(after).as("nothing acknowledged lost").containsAll(acknowledged);
    assertThat(recovered.get("documents")).as("nothing twice").hasSize(expectedDocs).doesNotHaveDuplicates();
    assertThat(recovered).as("same store as an uninterrupted run").isEqualTo(uninterrupted);

    Run again = run(crashed, "ingest", in.toString());
    assertThat(again.out()).contains("ingested 0 new document(s), " + expectedDocs + " already stored");
    assertThat(dump(crashed)).as("re-running ingest changes nothing").isEqualTo(uninterrupted);

    record("ingest", "SIGKILL while storing single files, then while storing a JSON Lines file in parts; restart",
        "nothing committed before the kill lost, nothing stored twice, final store equal to an uninterrupted "
            + "run's", "as expected (" + expectedDocs + " documents, " + uninterrupted.get("quarantine").size()
            + " quarantined, canonical dumps equal)");
    record("ingest", "re-running ingest on the same inputs", "changes nothing",
        "as expected: 0 new, canonical dump unchanged");
  }

  @Test
  void process_killedMidwayAndRestarted_sameStoreAsAnUninterruptedRun() throws Exception {
    Path in = Files.createDirectories(dir.resolve("process-in"));
    String[] cities = {"Stockholm", "Copenhagen", "The Hague", "Oslo", "Malmo", "Aarhus", "Paris", "Vienna"};
    for (int i = 0; i < cities.length; i++) {
      Files.writeString(in.resolve("r" + i + ".txt"), "date 2023-07-" + (10 + i) + "\n\nThe Organisation of "
          + "Islamic Cooperation condemned the burning of a copy of the Holy Quran in " + cities[i] + " on "
          + "Monday. A mosque in " + cities[i] + " was vandalised the same night, police said.\n");
    }
    Files.writeString(in.resolve("x0.txt"), "date 2023-07-01\n\nShares rose in Tokyo on Monday.\n");
    Files.writeString(in.resolve("x1.txt"), "date 2023-07-01\n\nLe march\u00E9 a progress\u00E9 lundi \u00E0 Paris.\n");
    int docs = cities.length + 2;

    Path whole = home("process-whole");
    assertThat(child(whole, "ingest", in.toString()).waitFor()).isZero();
    assertThat(child(whole, "process", "--threads", "1").waitFor()).isZero();
    Map<String, List<String>> uninterrupted = dump(whole);
    assertThat(uninterrupted.get("records")).as("the relevant articles yield records").isNotEmpty();

    Path crashed = home("process-crashed");
    assertThat(child(crashed, "ingest", in.toString()).waitFor()).isZero();
    Process p = child(crashed, "process", "--threads", "1");
    Set<String> done = killWhen(p, crashed,
        "select count(*) from documents where status = 'processed'", n -> n >= 3,
        "select id || ':' || (select count(*) from records r where r.document_id = d.id)"
            + " from documents d where status <> 'ingested'");
    assertThat(done.size()).as("killed part-way").isBetween(3, docs - 1);
    assertThat(child(crashed, "process", "--threads", "1").waitFor()).isZero();
    Map<String, List<String>> recovered = dump(crashed);

    Set<String> after = new HashSet<>();
    for (String d : ids(recovered.get("documents"), "id=")) {
      long n = recovered.get("records").stream().filter(r -> r.startsWith("document_id=" + d + "\t")).count();
      after.add(d + ":" + n);
    }
    assertThat(after).as("records of documents processed before the kill kept").containsAll(done);
    assertThat(recovered).as("same store as an uninterrupted run").isEqualTo(uninterrupted);

    Run again = run(crashed, "process", "--threads", "1");
    assertThat(again.out()).contains("processed 0 document(s)");
    assertThat(dump(crashed)).as("re-running process changes nothing").isEqualTo(uninterrupted);

    record("process", "SIGKILL while processing (CoreNLP, extraction, storing records); restart",
        "documents processed before the kill keep their records; the rest processed once; final store equal to"
            + " an uninterrupted run's", "as expected (" + docs + " documents, " + uninterrupted.get("records").size()
            + " records, canonical dumps equal)");
    record("process", "re-running process", "changes nothing", "as expected: 0 processed, canonical dump unchanged");

    for (int i = 0; i < 2; i++) {
      Run all = run(crashed, "process", "--threads", "2", "--again");
      assertThat(all.out()).contains("re-queued " + docs + " document(s)");
      assertThat(dump(crashed)).as("process --again keeps every record in its event").isEqualTo(uninterrupted);
    }
    record("process", "process --again, twice (every document re-processed, two threads)",
        "records keep their events and links (reviews: EventCarryOverIT); the store unchanged",
        "as expected: canonical dump unchanged after each run");
  }

  @Test
  void clustering_killedWhileARecordHasNoEvent_sameStoreAsAnUninterruptedRun() throws Exception {
    Path in = Files.createDirectories(dir.resolve("cluster-in"));
    String[] cities = {"Stockholm", "Copenhagen", "The Hague", "Oslo", "Malmo", "Aarhus", "Paris", "Vienna",
        "Berlin", "Brussels", "Madrid", "Rome"};
    for (int i = 0; i < cities.length; i++) {
      // two reports of some events, so records join events as well as start them
      Files.writeString(in.resolve("c" + i + ".txt"), "date 2023-07-" + (10 + i / 2) + "\n\nThe Organisation of "
          + "Islamic Cooperation condemned the burning of a copy of the Holy Quran in " + cities[i / 2 * 2]
          + " on Monday. A mosque in " + cities[i] + " was vandalised the same night, police said. Report " + i
          + ".\n");
    }
    Path whole = home("cluster-whole");
    assertThat(child(whole, "ingest", in.toString()).waitFor()).isZero();
    assertThat(child(whole, "process", "--threads", "1").waitFor()).isZero();
    Map<String, List<String>> uninterrupted = dump(whole);
    assertThat(uninterrupted.get("events")).as("the articles yield events").isNotEmpty();

    // the window between storing a document's records and assigning them is short: try the kill point again
    // (on a fresh store) if the run ends before the poll sees it open, a bounded number of times
    String unassigned = "select count(*) from records r where not exists"
        + " (select 1 from event_sources s where s.record_id = r.id)";
    Path crashed = null;
    Set<String> seen = null;
    for (int attempt = 0; attempt < 6 && seen == null; attempt++) {
      crashed = home("cluster-crashed-" + attempt);
      assertThat(child(crashed, "ingest", in.toString()).waitFor()).isZero();
      Process p = child(crashed, "process", "--threads", "1");
      seen = killWhenSeen(p, crashed, unassigned,
          "select r.document_id || '#' || r.ordinal from records r where not exists"
              + " (select 1 from event_sources s where s.record_id = r.id)");
    }
    assertThat(seen).as("killed while a stored record had no event, within 6 attempts").isNotNull().isNotEmpty();
    assertThat(child(crashed, "process", "--threads", "1").waitFor()).isZero();
    Map<String, List<String>> recovered = dump(crashed);
    assertThat(recovered).as("same store as an uninterrupted run").isEqualTo(uninterrupted);
    assertThat(recovered.get("event_sources")).as("every record has its event")
        .hasSameSizeAs(recovered.get("records"));

    record("clustering", "SIGKILL while a stored record has no event yet (between storing a document's records"
            + " and assigning them); restart", "the record gets its event; final store equal to an uninterrupted"
            + " run's", "as expected (" + uninterrupted.get("events").size() + " events, canonical dumps equal)");
  }

  @Test
  void backup_killedMidway_leavesNoFileUnderItsName() throws Exception {
    Path home = home("backup-killed");
    Path in = Files.createDirectories(dir.resolve("backup-in"));
    String filler = "words of a long article ".repeat(300);
    java.util.Random random = new java.util.Random(8);
    for (int f = 0; f < 4; f++) { // 4 files of 30 MB, under the 50 MiB file bound
      StringBuilder jsonl = new StringBuilder();
      for (int i = 0; i < 3_000; i++) {
        jsonl.append("{\"date\":\"2023-08-02\",\"text\":\"Item ").append(f).append('-').append(i).append(' ')
            .append(filler);
        for (int w = 0; w < 200; w++) { // words the zip cannot squeeze, so the backup takes a while
          jsonl.append(' ').append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        jsonl.append("\"}\n");
      }
      Files.writeString(in.resolve("big" + f + ".jsonl"), jsonl);
    }
    assertThat(child(home, "ingest", in.toString()).waitFor()).isZero();
    Path file = dir.resolve("killed-backup.zip");
    Process p = child(home, "backup", file.toString());
    Path partial = dir.resolve(".killed-backup.zip.partial");
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!(Files.exists(partial) && Files.size(partial) > 1_000_000) && p.isAlive() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("still writing the backup").isTrue();
    p.destroyForcibly().waitFor();
    assertThat(file).doesNotExist();
    Run r = run(home, "backup", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(CanonicalDump.of(file).get("documents")).hasSize(12_000);
    record("backup", "SIGKILL while writing a backup (120 MB of documents); backup again",
        "no file under the name asked for (only a .partial); the next backup complete",
        "as expected");
  }

  @AfterAll
  static void stopServers() throws Exception {
    // a killed child leaves its PostgreSQL running; a normal run on each home stops it (StalePostmaster)
    for (Path home : HOMES) {
      run(home, "status");
    }
    ReliabilityRows.check(CrashRecoveryIT.class);
  }

  private static void record(String area, String fault, String expected, String result) {
    ReliabilityRows.record(CrashRecoveryIT.class, "crash: " + area, fault, expected, result);
  }

  private static Path home(String name) {
    Path home = dir.resolve(name);
    HOMES.add(home);
    return home;
  }

  /** Starts the app in a child JVM on {@code home}. */
  private static Process child(Path home, String command, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), command, "--home",
        home.toString()));
    cmd.addAll(List.of(args));
    Path log = dir.resolve(home.getFileName() + "-" + command + ".log");
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
        ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /**
   * Polls the child's database until {@code count} satisfies {@code when}, reads {@code rowsSql} and kills the
   * child with SIGKILL at once; returns what was read (committed before the kill).
   */
  private static Set<String> killWhen(Process p, Path home, String count, LongPredicate when, String rowsSql)
      throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < until) {
      assertThat(p.isAlive()).as("the child finished before it could be killed part-way").isTrue();
      try (Connection c = connect(home); Statement s = c.createStatement()) {
        ResultSet rs = s.executeQuery(count);
        rs.next();
        if (when.test(rs.getLong(1))) {
          Set<String> seen = new HashSet<>();
          try (ResultSet rows = s.executeQuery(rowsSql)) {
            while (rows.next()) {
              seen.add(rows.getString(1));
            }
          }
          p.destroyForcibly(); // SIGKILL
          assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
          assertThat(p.exitValue()).isEqualTo(137);
          return seen;
        }
      } catch (SQLException | IOException | IndexOutOfBoundsException e) {
        // the server is not up yet (no pid file, or not yet complete), or the schema not yet there
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the child never reached the point to kill it");
  }

  /**
   * Polls the child's database, on one connection and without pausing, until {@code count} is positive, then
   * reads {@code rowsSql}; kills the child with SIGKILL if that read something, and returns it. Returns null
   * when the child ends first (the moment to kill passed unseen).
   */
  private static Set<String> killWhenSeen(Process p, Path home, String count, String rowsSql) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    Connection c = null;
    try {
      while (System.nanoTime() < until && p.isAlive()) {
        try {
          if (c == null) {
            c = connect(home);
          }
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(count)) {
            rs.next();
            if (rs.getLong(1) == 0) {
              continue;
            }
          }
          Set<String> rows = new HashSet<>();
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(rowsSql)) {
            while (rs.next()) {
              rows.add(rs.getString(1));
            }
          }
          p.destroyForcibly(); // SIGKILL
          assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
          if (rows.isEmpty()) {
            return null; // assigned between the two reads: try again
          }
          return rows;
        } catch (SQLException | IOException | IndexOutOfBoundsException e) {
          // the server is not up yet, or the schema not yet there
          if (c != null) {
            c.close();
            c = null;
          }
          Thread.sleep(25);
        }
      }
      p.waitFor(5, TimeUnit.MINUTES);
      return null;
    } finally {
      if (c != null) {
        c.close();
      }
    }
  }

  private static Connection connect(Path home) throws IOException, SQLException {
    List<String> pid = Files.readAllLines(home.resolve("pgdata/postmaster.pid"));
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/marsad?user=postgres");
  }

  private static Set<String> quarantinedSources(Path home) throws Exception {
    // the server of the killed child is still running: read it before the restart stops it
    Set<String> sources = new HashSet<>();
    try (Connection c = connect(home); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select source from quarantine")) {
      while (rs.next()) {
        sources.add(rs.getString(1));
      }
    }
    return sources;
  }

  private static List<String> ids(List<String> rows, String column) {
    return rows.stream().map(r -> {
      for (String cell : r.split("\t")) {
        if (cell.startsWith(column)) {
          return cell.substring(column.length());
        }
      }
      throw new IllegalStateException("no " + column + " in " + r);
    }).toList();
  }

  record Run(int code, String out, String err) {}

  private static Run run(Path home, String command, String... args) throws Exception {
    Path log = dir.resolve(home.getFileName() + "-" + command + ".log");
    long start = Files.exists(log) ? Files.size(log) : 0;
    Process p = child(home, command, args);
    int code = p.waitFor();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    return new Run(code, out.substring((int) Math.min(start, out.length())), "");
  }

  private static Map<String, List<String>> dump(Path home) throws Exception {
    Path file = dir.resolve(home.getFileName() + "-" + System.nanoTime() + ".zip");
    Run r = run(home, "backup", file.toString());
    assertThat(r.code()).as(r.out()).isZero();
    return CanonicalDump.of(file);
  }
}
