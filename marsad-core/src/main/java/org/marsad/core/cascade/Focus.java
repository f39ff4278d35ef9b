package org.marsad.core.cascade;

import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Span;

/**
 * The parts of a document the expensive stages read: regions of whole sentences, in order, not
 * overlapping. A document with no candidate sentence has no regions and needs no NLP. Immutable.
 *
 * @param regions the kept text, as ordered, disjoint spans
 * @param sentences how many sentences the document has (by {@link SentenceSplitter})
 * @param candidates how many of them may yield a record
 */
public record Focus(List<Span> regions, int sentences, int candidates) {

  public Focus {
    regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
    if (sentences < 0 || candidates < 0 || candidates > sentences) {
      throw new IllegalArgumentException("focus needs 0 <= candidates <= sentences: candidates=" + candidates
          + ", sentences=" + sentences);
    }
    for (int i = 1; i < regions.size(); i++) {
      if (regions.get(i).start() < regions.get(i - 1).end()) {
        throw new IllegalArgumentException("focus regions must be ordered and disjoint: " + regions);
      }
    }
  }

  /** A focus with nothing to read. */
  public static Focus none(int sentences) {
    return new Focus(List.of(), sentences, 0);
  }

  /** Whether some sentence may yield a record. */
  public boolean any() {
    return candidates > 0;
  }

  /** How many characters the regions hold. */
  public int keptChars() {
    return regions.stream().mapToInt(Span::length).sum();
  }

  /**
   * {@code text} with everything outside the regions blanked, of the same length, so offsets into
   * it are offsets into {@code text}. Each blanked gap starts with a blank line, so no sentence runs
   * across it.
   */
  public String mask(String text) {
    char[] out = new char[text.length()];
    java.util.Arrays.fill(out, ' ');
    int previousEnd = 0;
    for (Span r : regions) {
      if (r.end() > text.length()) {
        throw new IllegalArgumentException("focus region " + r + " lies beyond the text of length " + text.length());
      }
      if (r.start() - previousEnd >= 2 && previousEnd > 0) {
        out[previousEnd] = '\n';
        out[previousEnd + 1] = '\n';
      }
      text.getChars(r.start(), r.end(), out, r.start());
      previousEnd = r.end();
    }
    return new String(out);
  }
}
