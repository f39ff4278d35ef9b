package org.marsad.store;

import java.util.Locale;

/** Where a stored document is in the flow. */
public enum DocumentStatus {
  /** Stored, not yet processed. */
  INGESTED,
  /** Processed; its records are stored. */
  PROCESSED,
  /** Not processed: its language is not one we handle. */
  SKIPPED_LANGUAGE,
  /** Processing failed; the reason is in the quarantine. */
  FAILED;

  /** The lower-case name stored in the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DocumentStatus of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
