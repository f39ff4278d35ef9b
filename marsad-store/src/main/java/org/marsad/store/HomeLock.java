package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file that says one process at a time may use what it guards, here a home's
 * embedded database. The operating system drops the lock when the process dies, even by SIGKILL, so
 * a crash never leaves it stale. The file holds the holder's pid, for the message a second process
 * gets. Not thread-safe; held by one owner and closed once.
 */
final class HomeLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private HomeLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code file} or fails at once.
   *
   * @param what what the lock guards, for the message
   * @throws IllegalStateException when another process, or this one, holds it
   */
  static HomeLock acquire(Path file, String what) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException(
            what
                + " is in use by "
                + holder(file)
                + "; stop that process first, or use another home directory (lock: "
                + file
                + ")");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      return new HomeLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (text.equals("pid " + ProcessHandle.current().pid())) {
        return "this process (pid " + ProcessHandle.current().pid() + ") already";
      }
      return text.startsWith("pid ") ? "another process (" + text + ")" : "another process";
    } catch (IOException e) {
      return "another process";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release lock: " + e.getMessage(), e);
    }
  }
}
