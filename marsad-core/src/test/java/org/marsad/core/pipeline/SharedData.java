package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared (or $MARSAD_SHARED); tests that need it are skipped, with a message, without it. */
final class SharedData {

  private SharedData() {}

  static Path dir(String sub) {
    String env = System.getenv("MARSAD_SHARED");
    Path root = env != null ? Path.of(env) : Path.of("..", "..", "shared");
    Path dir = root.resolve(sub).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (set MARSAD_SHARED); skipping");
    return dir;
  }
}
