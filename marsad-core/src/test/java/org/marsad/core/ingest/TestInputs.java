package org.marsad.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Shared fixtures: a fixed clock, the date window it gives, and the shared seed directory. */
final class TestInputs {

  /** 2025-06-15 noon UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);
  static final DateWindow WINDOW = new DateWindow(LocalDate.of(1900, 1, 1), CLOCK, 1);

  private TestInputs() {}

  /** The shared seeds directory: {@code $MARSAD_SHARED/seeds}, else {@code ../../shared/seeds}. */
  static Path seeds() {
    String shared = System.getenv("MARSAD_SHARED");
    Path dir = shared != null ? Path.of(shared, "seeds") : Path.of("..", "..", "shared", "seeds");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed directory not found: " + dir.toAbsolutePath()
          + " (set MARSAD_SHARED to the shared directory)");
    }
    return dir.toAbsolutePath().normalize();
  }
}
