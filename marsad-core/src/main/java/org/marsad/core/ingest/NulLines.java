package org.marsad.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marsad.core.domain.Quarantined;

/**
 * Lifts the lines holding NUL bytes out of a JSON Lines file, so that one bad line is quarantined alone
 * (source {@code file:LINE}, its own bytes) instead of the whole file being refused as binary. The lines are
 * blanked, not removed, so the other lines keep their numbers. When every line, or more than one line in
 * {@value #MAX_NUL_LINE_SHARE} (and more than one), holds a NUL, the file is binary or UTF-16 without a byte-order mark, and
 * nothing is lifted: the decoder refuses it whole, as before.
 *
 * <p>Needs: nothing. Gives: {@link Lifted}. Thread-safety: stateless.
 */
final class NulLines {

  /** At most one line in this many may hold a NUL for the lines to be lifted out one by one. */
  static final int MAX_NUL_LINE_SHARE = 10;

  private NulLines() {}

  /** The content with the NUL lines blanked, and those lines quarantined. */
  record Lifted(byte[] content, List<Quarantined> quarantined) {}

  /** Lifts the NUL lines of JSON Lines {@code content} out, or empty when it has none or too many. */
  static Optional<Lifted> lift(String source, byte[] content) {
    List<int[]> nulLines = new ArrayList<>();
    int lines = 0;
    int start = 0;
    boolean nul = false;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        if (i > start || i < content.length) {
          lines++;
          if (nul) {
            nulLines.add(new int[] {lines, start, i});
          }
        }
        start = i + 1;
        nul = false;
      } else if (content[i] == 0) {
        nul = true;
      }
    }
    if (nulLines.isEmpty() || nulLines.size() == lines
        || nulLines.size() > Math.max(1, lines / MAX_NUL_LINE_SHARE)) {
      return Optional.empty();
    }
    byte[] out = new byte[content.length];
    List<Quarantined> quarantined = new ArrayList<>();
    int from = 0;
    int to = 0;
    for (int[] l : nulLines) {
      System.arraycopy(content, from, out, to, l[1] - from);
      to += l[1] - from;
      from = l[2];
      quarantined.add(Quarantine.of(source + ":" + l[0],
          "line " + l[0] + ": contains a NUL byte (binary); the other lines are read",
          Arrays.copyOfRange(content, l[1], l[2])));
    }
    System.arraycopy(content, from, out, to, content.length - from);
    to += content.length - from;
    return Optional.of(new Lifted(Arrays.copyOf(out, to), List.copyOf(quarantined)));
  }
}
