package org.marsad.core.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of the {@link Ingestor}, with their defaults in {@link #defaults()}.
 *
 * @param maxFileBytes files larger than this are quarantined unread (default 50 MiB)
 * @param maxHtmlBytes HTML larger than this is quarantined before parsing, to bound the memory a DOM takes
 *     (default 8 MiB; at most {@code maxFileBytes})
 * @param quarantineKeepBytes how many leading bytes of an oversized file the quarantine keeps (default 64 KiB)
 * @param earliestPublished publication dates before this day are quarantined (default 1900-01-01)
 * @param futureToleranceDays publication dates later than today (by the injected clock) plus this many days
 *     are quarantined (default 1, for publishers in zones ahead of the clock's)
 */
public record IngestConfig(
    int maxFileBytes,
    int maxHtmlBytes,
    int quarantineKeepBytes,
    LocalDate earliestPublished,
    int futureToleranceDays) {

  /** Largest byte array the JVM reliably allocates. */
  static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  public IngestConfig {
    Objects.requireNonNull(earliestPublished, "earliestPublished");
    if (maxFileBytes < 1 || maxFileBytes > MAX_ARRAY) {
      throw new IllegalArgumentException(
          "maxFileBytes must be in [1, " + MAX_ARRAY + "]: maxFileBytes=" + maxFileBytes);
    }
    if (maxHtmlBytes < 1 || maxHtmlBytes > maxFileBytes) {
      throw new IllegalArgumentException("maxHtmlBytes must be in [1, maxFileBytes=" + maxFileBytes
          + "]: maxHtmlBytes=" + maxHtmlBytes);
    }
    if (quarantineKeepBytes < 0 || quarantineKeepBytes > maxFileBytes) {
      throw new IllegalArgumentException("quarantineKeepBytes must be in [0, maxFileBytes=" + maxFileBytes
          + "]: quarantineKeepBytes=" + quarantineKeepBytes);
    }
    if (futureToleranceDays < 0) {
      throw new IllegalArgumentException(
          "futureToleranceDays must be >= 0: futureToleranceDays=" + futureToleranceDays);
    }
  }

  /** 50 MiB files, 8 MiB HTML, 64 KiB kept of oversized files, dates from 1900-01-01 to tomorrow. */
  public static IngestConfig defaults() {
    return new IngestConfig(50 << 20, 8 << 20, 64 << 10, LocalDate.of(1900, 1, 1), 1);
  }
}
