package org.marsad.core.hate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists by category (words for Islam and Muslims, slurs, profanity, dehumanising words, calls
 * for violence), read from {@code hate-lexicon.en.txt}, and their counts in a token sequence.
 * Immutable, thread-safe.
 */
final class Lexicon {

  static final String RESOURCE = "hate-lexicon.en.txt";

  private record Term(List<String> tokens, boolean prefix) {}

  private final List<String> categories;
  private final List<List<Term>> terms;

  private Lexicon(Map<String, List<Term>> byCategory) {
    this.categories = List.copyOf(byCategory.keySet());
    this.terms = byCategory.values().stream().map(List::copyOf).toList();
  }

  private static final class Holder {
    static final Lexicon DEFAULT = read();
  }

  static Lexicon defaultLexicon() {
    return Holder.DEFAULT;
  }

  private static Lexicon read() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses lexicon lines; fails with the line number and text on a malformed line. */
  static Lexicon parse(List<String> lines) {
    Map<String, List<Term>> byCategory = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = lines.get(i).split("\t");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": want CATEGORY<TAB>TERM: " + line);
      }
      String term = parts[1].strip();
      boolean prefix = term.endsWith("*");
      List<String> tokens = List.of((prefix ? term.substring(0, term.length() - 1) : term).split(" +"));
      byCategory.computeIfAbsent(parts[0].strip(), k -> new ArrayList<>()).add(new Term(tokens, prefix));
    }
    return new Lexicon(byCategory);
  }

  List<String> categories() {
    return categories;
  }

  /** For each category, how many times its terms occur in {@code tokens}. */
  int[] counts(List<String> tokens) {
    int[] out = new int[categories.size()];
    for (int c = 0; c < terms.size(); c++) {
      for (Term term : terms.get(c)) {
        for (int i = 0; i + term.tokens().size() <= tokens.size(); i++) {
          if (matches(term, tokens, i)) {
            out[c]++;
          }
        }
      }
    }
    return out;
  }

  private static boolean matches(Term term, List<String> tokens, int at) {
    int n = term.tokens().size();
    for (int k = 0; k < n; k++) {
      String want = term.tokens().get(k);
      String got = tokens.get(at + k);
      boolean last = k == n - 1;
      if (last && term.prefix() ? !got.startsWith(want) : !got.equals(want)) {
        return false;
      }
    }
    return true;
  }
}
