package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the embedded database in the situations a crash leaves behind, each in its own home:
 * a second user of a home, a JVM killed by SIGKILL (its server lives on), a server killed by
 * SIGKILL, a pid file naming an unrelated process, a half-initialised data directory. Runs as root
 * or not.
 *
 * <p>To keep it fast, one cluster is initialised and migrated for the class, and each test starts
 * from a copy of its data directory (a copy of a cleanly stopped cluster is a valid cluster).
 */
class EmbeddedDatabaseIT {

  @TempDir static Path template;
  @TempDir Path home;
  private Process child;

  @BeforeAll
  static void initialiseTemplate() {
    Store.open(TestStores.embedded(template), TestStores.CLOCK).close();
  }

  /** Gives this test's home a copy of the template's stopped cluster. */
  private void seedHome() throws IOException {
    Path from = template.resolve("pgdata");
    Path to = home.resolve("pgdata");
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Files.copy(
            p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  @AfterEach
  void cleanUp() {
    if (child != null) {
      child.destroyForcibly();
    }
    // stop any server a failed test left running in this home
    StalePostmaster.clear(home.resolve("pgdata"), Duration.ofSeconds(10));
  }

  @Test
  void start_homeInUseInThisProcess_failsWithClearMessage() throws IOException {
    seedHome();
    try (Store first = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThatThrownBy(() -> Store.open(TestStores.embedded(home), TestStores.CLOCK))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by this process (pid " + ProcessHandle.current().pid());
      assertThat(first.counts().documents()).isZero(); // the first is unharmed
    }
  }

  @Test
  void start_afterJvmKilled_stopsItsOrphanedServerAndKeepsTheData() throws Exception {
    seedHome();
    child = startHolder("written-by-child");
    long childPid = child.pid();
    assertThatThrownBy(() -> Store.open(TestStores.embedded(home), TestStores.CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("in use by another process (pid " + childPid + ")");

    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL
    long orphan = postmasterPid().orElseThrow();
    assertThat(ProcessHandle.of(orphan)).as("the killed JVM's server lives on").isPresent();

    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(store.documents().find("written-by-child")).isPresent();
      assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
    }
  }

  @Test
  void start_afterServerKilled_recoversAndKeepsTheData() throws Exception {
    seedHome();
    Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
    store.documents().insertIfAbsent(Fixtures.document("before-crash"));
    ProcessHandle postmaster = ProcessHandle.of(postmasterPid().orElseThrow()).orElseThrow();
    List<ProcessHandle> children = postmaster.children().toList();

    postmaster.destroyForcibly(); // SIGKILL: postmaster.pid stays behind
    postmaster.onExit().get(10, TimeUnit.SECONDS);
    for (ProcessHandle c : children) {
      c.onExit().get(10, TimeUnit.SECONDS); // backends leave once their postmaster is gone
    }
    store.close(); // cannot stop a dead server; releases the home
    assertThat(home.resolve("pgdata/postmaster.pid")).exists();

    try (Store again = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(again.documents().find("before-crash")).isPresent();
    }
  }

  @Test
  void start_pidFileNamingUnrelatedLiveProcess_removesItAndStarts() throws Exception {
    seedHome();
    Process unrelated = new ProcessBuilder("sleep", "60").start();
    try {
      // what a restart can leave: the file of a server that is gone, its pid now someone else's
      Files.writeString(
          home.resolve("pgdata/postmaster.pid"),
          unrelated.pid()
              + "\n"
              + home.resolve("pgdata")
              + "\n1700000000\n5432\n\n127.0.0.1\n  5432001         0\nready   \n");

      try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
        assertThat(store.counts().documents()).isZero();
      }
      assertThat(unrelated.isAlive()).as("the unrelated process is left alone").isTrue();
    } finally {
      unrelated.destroyForcibly();
    }
  }

  @Test
  void start_emptyPidFile_removesItAndStarts() throws Exception {
    seedHome();
    Files.writeString(home.resolve("pgdata/postmaster.pid"), "");

    try (Store store = Store.open(TestStores.embedded(home), TestStores.CLOCK)) {
      assertThat(store.counts().documents()).isZero();
    }
  }

  @Test
  void start_halfInitialisedDataDirectory_failsWithClearMessage() throws IOException {
    Files.createDirectories(home.resolve("pgdata/base"));

    assertThatThrownBy(() -> Store.open(TestStores.embedded(home), TestStores.CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("neither empty nor a PostgreSQL data directory");
    // the lock was released: a later start is not told the home is in use
    assertThatThrownBy(() -> Store.open(TestStores.embedded(home), TestStores.CLOCK))
        .hasMessageNotContaining("in use");
  }

  private Optional<Long> postmasterPid() throws IOException {
    Path pidFile = home.resolve("pgdata/postmaster.pid");
    return Files.exists(pidFile)
        ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
        : Optional.empty();
  }

  /** Starts {@link HoldStoreMain} in a child JVM and waits until it holds the store. */
  private Process startHolder(String documentId) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path log = home.resolve("child.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-cp",
                classPath,
                HoldStoreMain.class.getName(),
                home.toString(),
                Path.of("target", "pgbin").toAbsolutePath().toString(),
                documentId));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return null;
                  }
                })
            .completeOnTimeout(null, 60, TimeUnit.SECONDS)
            .get();
    if (!"READY".equals(line)) {
      process.destroyForcibly();
      throw new AssertionError(
          "the child did not open the store; its log:\n"
              + (Files.exists(log) ? Files.readString(log) : "(none)"));
    }
    return process;
  }
}
