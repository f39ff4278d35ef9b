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
 * @param triggerSentences the candidate and follow-up sentences, within the regions: the only ones
 *     extraction may read a record, or a reference to one, from; the rest of the regions is read
 *     for who and where (people named before, places) and the document's main date
 */
public record Focus(List<Span> regions, int sentences, int candidates, List<Span> triggerSentences) {

  /** A focus all of whose regions extraction may read records from. */
  public Focus(List<Span> regions, int sentences, int candidates) {
    this(regions, sentences, candidates, regions);
  }

  public Focus {
    regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
    triggerSentences = List.copyOf(Objects.requireNonNull(triggerSentences, "triggerSentences"));
    for (Span t : triggerSentences) {
      if (regions.stream().noneMatch(r -> r.start() <= t.start() && t.end() <= r.end())) {
        throw new IllegalArgumentException("focus trigger sentence " + t + " lies outside the regions " + regions);
      }
    }
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

  /** Whether the text from {@code start} to {@code end} overlaps a trigger sentence. */
  public boolean overlapsTriggerSentence(int start, int end) {
    return triggerSentences.stream().anyMatch(t -> t.start() < end && start < t.end());
  }

  /** Whether {@code span} overlaps a region. */
  public boolean overlapsRegion(Span span) {
    return regions.stream().anyMatch(span::overlaps);
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
