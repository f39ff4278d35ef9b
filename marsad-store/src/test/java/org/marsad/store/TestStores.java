package org.marsad.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Configs and a fixed clock for the store's tests; binaries unpacked once for all of them. */
final class TestStores {

  /** A clock with nanoseconds, to show that stored times keep microseconds. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T05:06:07.123456789Z"), ZoneOffset.UTC);

  /** What {@link #CLOCK} reads back as from {@code timestamptz}. */
  static final Instant STORED_NOW = CLOCK.instant().truncatedTo(ChronoUnit.MICROS);

  private TestStores() {}

  /** The embedded database in {@code home}, its binaries in this module's {@code target/pgbin}. */
  static StoreConfig embedded(Path home) {
    return StoreConfig.embedded(home).withBinaries(Path.of("target", "pgbin"));
  }
}
