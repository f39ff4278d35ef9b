package org.marsad.core.domain;

import java.util.Objects;

/**
 * An input that could not be taken in or processed, kept with its reason so nothing is lost.
 *
 * @param source the file name, URL or line reference
 * @param stage the stage that refused it, e.g. {@code ingest}, {@code nlp}
 * @param reason a one-line reason a person understands
 * @param content the raw bytes, kept so the item can be retried
 */
public record Quarantined(String source, String stage, String reason, byte[] content) {

  public Quarantined {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    content = content == null ? new byte[0] : content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
