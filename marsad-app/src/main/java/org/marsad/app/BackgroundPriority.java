package org.marsad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work (processing articles) gives way to the workspace: its threads run at a lower
 * scheduling priority, so a page or an API call served by the same JVM gets a core as soon as it
 * wants one instead of waiting behind CoreNLP. Java thread priorities do nothing on Linux; the
 * kernel's per-thread nice value does, and an unprivileged thread may raise its own. The thread
 * learns its id from {@code /proc/thread-self} and asks {@code renice} (util-linux) for it; where
 * either is missing the threads run at normal priority.
 */
final class BackgroundPriority {

  /** The nice value of background threads (0 is normal, 19 the lowest priority). */
  static final int NICE = 10;

  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private BackgroundPriority() {}

  /** Threads named {@code prefix-N} that lower their own priority before they run anything. */
  static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return task -> Thread.ofPlatform().name(prefix + "-" + n.incrementAndGet()).unstarted(() -> {
      lowerCurrentThread();
      task.run();
    });
  }

  /** Sets the calling thread's nice value to {@link #NICE}; false where the system would not. */
  static boolean lowerCurrentThread() {
    try {
      if (!Files.isSymbolicLink(THREAD_SELF)) {
        return false;
      }
      String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString(); // "<pid>/task/<tid>"
      Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", threadId)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!renice.waitFor(10, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return false;
      }
      return renice.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
