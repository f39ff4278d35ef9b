package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

  @TempDir Path data;

  @Test
  void servesDirectory_postgresWithThisDataDirectory_isTrue() {
    assertThat(
            StalePostmaster.servesDirectory(
                List.of("/x/bin/postgres", "-D", data.toString(), "-p", "5432"), data))
        .isTrue();
  }

  @Test
  void servesDirectory_otherDirectoryOrProgram_isFalse() throws IOException {
    Path other = Files.createDirectory(data.resolve("other"));
    assertThat(
            StalePostmaster.servesDirectory(
                List.of("/x/bin/postgres", "-D", other.toString()), data))
        .isFalse();
    assertThat(StalePostmaster.servesDirectory(List.of("/bin/sleep", "-D", data.toString()), data))
        .isFalse();
    assertThat(StalePostmaster.servesDirectory(List.of("/x/bin/postgres", "-D"), data)).isFalse();
  }

  @Test
  void clear_pidOfDeadProcess_leavesTheFileToPostgres() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path pidFile =
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");

    StalePostmaster.clear(data, Duration.ofSeconds(1));

    assertThat(pidFile).exists();
  }

  @Test
  void clear_garbledFile_deletesIt() throws IOException {
    Path pidFile = Files.writeString(data.resolve("postmaster.pid"), "not a pid\n");
    StalePostmaster.clear(data, Duration.ofSeconds(1));
    assertThat(pidFile).doesNotExist();
  }

  @Test
  void clear_noFile_doesNothing() {
    StalePostmaster.clear(data, Duration.ofSeconds(1));
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }
}
