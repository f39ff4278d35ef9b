package org.marsad.core.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r} ended) of at most {@code maxChars}
 * characters: a longer line is read past without being held, and reported as too long. Memory is
 * bounded by {@code maxChars} whatever the input. Not thread-safe.
 */
final class BoundedLines {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int len;
  private boolean skipLf;
  private boolean tooLong;

  BoundedLines(Reader in, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
    }
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * Reads the next line; false at the end of the input. Then {@link #tooLong()} tells whether it was
   * longer than the limit, else {@link #line()} is its text.
   */
  boolean next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any;
        }
      }
      char c = buffer[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        skipLf = c == '\r';
        return true;
      }
      any = true;
      if (tooLong) {
        continue;
      }
      if (line.length() == maxChars) {
        tooLong = true;
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  /** Whether the line just read was longer than the limit (its text is then not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The line just read, without its end; empty when it was too long. */
  String line() {
    return line.toString();
  }
}
