package org.marsad.core.ingest;

import java.util.Objects;

/** The outcome of decoding a file's bytes: text in a named charset, or a refusal with its reason. */
sealed interface Decoded {

  /**
   * Decoded text.
   *
   * @param text the decoded text, not yet normalised (a byte-order mark is already removed)
   * @param charset the charset used, e.g. {@code UTF-8}, {@code windows-1252}
   * @param fallback true when the bytes were not valid UTF-8 and a legacy charset was guessed
   */
  record Text(String text, String charset, boolean fallback) implements Decoded {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
    }
  }

  /** Not text: binary or an encoding Marsad does not guess; {@code reason} is one line. */
  record Refused(String reason) implements Decoded {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a refusal needs a reason: reason='" + reason + "'");
      }
    }
  }
}
