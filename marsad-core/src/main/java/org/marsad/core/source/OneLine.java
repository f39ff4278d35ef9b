package org.marsad.core.source;

/**
 * Text made safe to show and store as one line: control characters (NUL included, which PostgreSQL
 * refuses in text) and runs of whitespace become one space. Stateless.
 */
public final class OneLine {

  private OneLine() {}

  /** {@code text} on one line, without control characters, stripped; empty for null. */
  public static String of(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }
}
