package org.marsad.core.ingest;

import org.marsad.core.domain.Quarantined;

/**
 * Makes the {@link Quarantined} items of the ingest stage, keeping reasons to one readable line.
 *
 * <p>Needs: nothing. Gives: quarantined items with stage {@value #STAGE}. Thread-safety: stateless.
 */
final class Quarantine {

  static final String STAGE = "ingest";
  static final int MAX_REASON_LENGTH = 300;

  private Quarantine() {}

  /** An item refused by ingest; {@code reason} is folded to one line of at most 300 characters. */
  static Quarantined of(String source, String reason, byte[] content) {
    String line = reason.replaceAll("\\s+", " ").strip();
    if (line.length() > MAX_REASON_LENGTH) {
      line = line.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
    return new Quarantined(source, STAGE, line, content);
  }
}
