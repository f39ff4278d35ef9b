package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {

  @TempDir Path dir;

  @Test
  void acquire_whileHeld_failsNamingTheHolder() throws Exception {
    Path file = dir.resolve("x.lock");
    try (HomeLock held = HomeLock.acquire(file, "the thing")) {
      assertThat(Files.readString(file)).isEqualTo("pid " + ProcessHandle.current().pid() + "\n");
      assertThatThrownBy(() -> HomeLock.acquire(file, "the thing"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the thing is in use by this process (pid ")
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void acquire_afterClose_succeeds() {
    Path file = dir.resolve("x.lock");
    HomeLock.acquire(file, "the thing").close();
    HomeLock.acquire(file, "the thing").close();
  }
}
