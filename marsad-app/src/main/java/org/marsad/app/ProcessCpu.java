package org.marsad.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by a PostgreSQL server with its backends (Linux {@code
 * /proc}; -1 elsewhere), so a benchmark on a shared machine can report the work per request beside
 * latencies that other processes inflate. Stateless.
 */
final class ProcessCpu {

  private static final long TICK_NS = 10_000_000L; // USER_HZ = 100 on Linux

  private ProcessCpu() {}

  /** CPU nanoseconds of this JVM. */
  static long jvm() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU nanoseconds of process {@code pid} and its live children, or -1 when /proc is not there. */
  static long tree(long pid) {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return -1;
    }
    long total = 0;
    try (Stream<Path> all = Files.list(proc)) {
      for (Path p : all.filter(x -> x.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
        long[] s = stat(p.resolve("stat"));
        if (s != null && (s[0] == pid || s[1] == pid)) {
          total += (s[2] + s[3]) * TICK_NS;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  /** [pid, ppid, utime, stime] of a /proc/PID/stat file, or null when it vanished. */
  private static long[] stat(Path file) {
    try {
      String s = Files.readString(file);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      long pid = Long.parseLong(s.substring(0, s.indexOf(' ')));
      return new long[] {pid, Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The postmaster's process id from {@code pgdata/postmaster.pid}, or -1. */
  static long postmaster(Path pgdata) {
    try {
      return Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).getFirst().strip());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
