package org.marsad.core.ingest;

import java.util.Objects;

/** The outcome of reading a file's bytes: the bytes, or a refusal with what of the content was kept. */
sealed interface Loaded {

  /** The whole content (not copied). */
  record Bytes(byte[] content) implements Loaded {
    public Bytes {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * The file could not be taken in.
   *
   * @param reason one line a person understands
   * @param kept the leading bytes kept for the quarantine, possibly empty
   */
  record Refused(String reason, byte[] kept) implements Loaded {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(kept, "kept");
    }
  }
}
