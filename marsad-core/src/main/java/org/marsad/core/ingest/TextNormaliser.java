package org.marsad.core.ingest;

import java.text.Normalizer;

/**
 * Normalises text for storage, so that equal articles give equal text and equal ids.
 *
 * <p>What it does: removes leading byte-order marks (U+FEFF); turns CR LF and lone CR into LF; replaces other
 * C0 and C1 control characters except tab by a space; replaces unpaired surrogates by U+FFFD; applies Unicode
 * NFC. It keeps U+FFFD already present in the text (the NLP stage reads it as a space of equal length, so
 * offsets stay valid). It is idempotent.
 *
 * <p>Needs: nothing. Gives: the normalised string. Thread-safety: stateless, safe from any thread.
 */
final class TextNormaliser {

  static final char REPLACEMENT = '\uFFFD';

  private TextNormaliser() {}

  /** The normalised form of {@code text}; never null for non-null input. */
  static String normalise(String text) {
    if (isClean(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text; // the common case, without a copy: a 50 MB file is not held twice
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n && text.charAt(i) == '\uFEFF') {
      i++; // every leading byte-order mark, so that normalising twice changes nothing
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        out.append(' ');
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          out.append(c).append(text.charAt(++i));
        } else {
          out.append(REPLACEMENT);
        }
      } else if (Character.isLowSurrogate(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return Normalizer.isNormalized(out, Normalizer.Form.NFC)
        ? out.toString()
        : Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * {@code normalised} (a result of {@link #normalise}) without its leading and trailing white space and byte-order
   * marks: stripping white space alone could leave a byte-order mark in front, which normalising removes, so the
   * result would not be normalised ("\n\uFEFF" after a seed header).
   */
  static String stripped(String normalised) {
    int start = 0;
    int end = normalised.length();
    while (start < end && strippable(normalised.charAt(start))) {
      start++;
    }
    while (end > start && strippable(normalised.charAt(end - 1))) {
      end--;
    }
    return normalised.substring(start, end);
  }

  private static boolean strippable(char c) {
    return Character.isWhitespace(c) || c == '\uFEFF';
  }

  /** Whether {@code text} has nothing the loop of {@link #normalise} would change. */
  private static boolean isClean(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      return false;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }
}
