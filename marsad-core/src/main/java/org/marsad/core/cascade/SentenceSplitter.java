package org.marsad.core.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.domain.Span;

/**
 * Splits text into sentence spans cheaply and conservatively, for the cascade's lexicon: at a blank
 * line, and at a full stop, question or exclamation mark (with closing quotes or brackets) followed
 * by space and a capital, a digit or an opening quote, unless the word before is an abbreviation
 * ("Mr.", "U.S.", "p.m.", an initial). It splits less often than CoreNLP, so a sentence of CoreNLP
 * lies inside one of its sentences or spans a few of them. Spans cover the text's non-blank parts,
 * in order. Stateless and thread-safe.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
      "sgt", "capt", "cmdr", "adm", "rev", "prof", "sen", "rep", "gov", "pres", "jr", "sr", "inc", "ltd", "co",
      "corp", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "mt", "ft", "fig", "vol", "approx", "est", "dept", "univ", "hon", "messrs", "lb", "al",
      // streets and US states, as datelines and addresses write them ("Springfield, Ill. Police said")
      "ave", "blvd", "rd", "ln", "hwy", "pl", "sq", "ct", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
      "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
      "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "supt", "det",
      "insp", "cpl", "pvt", "maj", "brig", "fr", "sra", "mme", "mlle");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, as half-open spans trimmed of surrounding white space. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i)) {
        add(text, start, i, out);
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        start = i;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && isCloser(text.charAt(end))) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean blankLineAt(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsSentence(String text, int i) {
    int k = i + 1;
    while (k < text.length() && isCloser(text.charAt(k))) {
      k++;
    }
    if (k >= text.length() || !Character.isWhitespace(text.charAt(k))) {
      return false;
    }
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length()) {
      return true;
    }
    char next = text.charAt(k);
    boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C'
        || next == '\'' || next == '\u2018' || next == '(' || next == '[';
    if (!opens) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != '"') {
      w--;
    }
    String word = text.substring(w, i);
    if (word.isEmpty()) {
      // a detached full stop, as tokenised texts write them ("U . S . Ambassador", "Rabie A . Atti",
      // "Nov . 10"): it ends no sentence after an initial or an abbreviation, as CoreNLP reads it
      String before = wordBefore(text, i);
      return !(before.length() == 1 && Character.isUpperCase(before.charAt(0)))
          && !ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
    }
    if (word.indexOf('.') >= 0 || (word.length() == 1 && Character.isLetter(word.charAt(0)))) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The run of non-blank characters before the white space that precedes {@code i}. */
  private static String wordBefore(String text, int i) {
    int end = i;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '.';
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
