package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class BackgroundPriorityTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void backgroundThreadsRunNicerThanTheRestOfTheJvm() throws Exception {
    assumeTrue(onPath("renice"), "renice (util-linux) is not installed");
    int before = niceOfThisThread();
    try (ExecutorService pool = Executors.newFixedThreadPool(2, BackgroundPriority.threads("processing"))) {
      assertThat(pool.submit(BackgroundPriorityTest::niceOfThisThread).get())
          .isEqualTo(Math.min(19, Math.max(before, BackgroundPriority.NICE)));
      assertThat(pool.submit(() -> Thread.currentThread().getName()).get()).startsWith("processing-");
    }
    assertThat(niceOfThisThread()).as("the caller keeps its priority").isEqualTo(before);
  }

  private static boolean onPath(String command) {
    return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
  }

  /** Field 19 of /proc/thread-self/stat, read by the kernel's own account, not through the class under test. */
  private static int niceOfThisThread() throws Exception {
    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(fields[16]);
  }
}
