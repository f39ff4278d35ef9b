package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes a data directory startable after the process that ran its server died without stopping it.
 *
 * <p>The embedded server runs detached from the JVM ({@code pg_ctl start}), so a JVM killed by
 * SIGKILL leaves it running: an orphan that holds the data directory and blocks the next start. And
 * a {@code postmaster.pid} may name a pid that, after a reboot or a container restart, now belongs
 * to an unrelated process, which PostgreSQL takes for a live server. This class reads the pid file
 * and:
 *
 * <ul>
 *   <li>no file, or a pid that is not alive: does nothing (PostgreSQL removes a dead server's file
 *       itself, keeping its shared-memory safety check);
 *   <li>a live PostgreSQL serving this data directory: stops it (fast shutdown, SIGINT; SIGKILL if
 *       it does not stop in time) and waits for it to exit;
 *   <li>a live process that is not a PostgreSQL of this directory, or an empty or garbled file:
 *       deletes the file;
 *   <li>a live process it cannot inspect: fails with a message rather than guess.
 * </ul>
 *
 * <p>Needs the caller to hold the home's {@link HomeLock}, so that no live Marsad owns the server
 * it stops. Stateless and thread-safe.
 */
final class StalePostmaster {

  private StalePostmaster() {}

  static void clear(Path dataDirectory, Duration wait) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    Optional<Long> pid = readPid(pidFile);
    if (pid.isEmpty()) {
      delete(pidFile);
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return;
    }
    Optional<List<String>> commandLine = commandLine(process.get());
    if (commandLine.isEmpty()) {
      throw new IllegalStateException(
          pidFile
              + " names process "
              + pid.get()
              + ", which is alive but cannot be inspected."
              + " If it is not a PostgreSQL server for "
              + dataDirectory
              + ", delete "
              + pidFile);
    }
    if (servesDirectory(commandLine.get(), dataDirectory)) {
      stop(process.get(), wait);
    } else {
      delete(pidFile);
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      return pid > 0 ? Optional.of(pid) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile + ": " + e.getMessage(), e);
    }
  }

  private static Optional<List<String>> commandLine(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    Optional<String> command = info.command();
    Optional<String[]> arguments = info.arguments();
    if (command.isEmpty() || arguments.isEmpty()) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>();
    all.add(command.get());
    all.addAll(List.of(arguments.get()));
    return Optional.of(all);
  }

  /** Whether the command line is {@code .../postgres ... -D <dataDirectory> ...}. */
  static boolean servesDirectory(List<String> commandLine, Path dataDirectory) {
    if (!Path.of(commandLine.get(0)).getFileName().toString().equals("postgres")) {
      return false;
    }
    for (int i = 1; i + 1 < commandLine.size(); i++) {
      if (commandLine.get(i).equals("-D") && sameDirectory(commandLine.get(i + 1), dataDirectory)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameDirectory(String argument, Path dataDirectory) {
    try {
      return Files.isSameFile(Path.of(argument), dataDirectory);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void stop(ProcessHandle postmaster, Duration wait) {
    if (!signal(postmaster.pid(), "INT")) {
      postmaster.destroy();
    }
    if (awaitExit(postmaster, wait)) {
      return;
    }
    postmaster.destroyForcibly();
    if (!awaitExit(postmaster, Duration.ofSeconds(5))) {
      throw new IllegalStateException(
          "an orphaned PostgreSQL server (pid "
              + postmaster.pid()
              + ") holds the data directory"
              + " and did not stop; stop it by hand");
    }
  }

  /** Sends a signal by name with kill(1); Java itself can send only TERM and KILL. */
  private static boolean signal(long pid, String name) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + name, Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean awaitExit(ProcessHandle process, Duration wait) {
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private static void delete(Path pidFile) {
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete stale " + pidFile + ": " + e.getMessage(), e);
    }
  }
}
