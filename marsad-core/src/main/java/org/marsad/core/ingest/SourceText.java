package org.marsad.core.ingest;

import java.util.Objects;

/**
 * One input as a reader sees it: where it came from, its raw bytes (kept for quarantine) and its decoded,
 * normalised text.
 *
 * <p>The byte array is not copied (inputs can be tens of megabytes); nobody may change it after construction.
 *
 * @param source file name, URL or other reference
 * @param raw the bytes as read
 * @param text the text decoded and normalised with {@link TextNormaliser}
 */
record SourceText(String source, byte[] raw, String text) {

  SourceText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
  }

  /** A source text from a string only (tests, generated input): the raw bytes are its UTF-8. */
  static SourceText of(String source, String text) {
    String normalised = TextNormaliser.normalise(text);
    return new SourceText(source, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), normalised);
  }
}
