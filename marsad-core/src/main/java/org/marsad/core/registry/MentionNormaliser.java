package org.marsad.core.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name as written into a lookup key: accents and case are dropped, hyphens, dashes and
 * punctuation become spaces, {@code &} becomes "and", periods and apostrophes vanish, and leading
 * words from a list of prefixes (honorifics, titles) are removed. "Dr. Yousef Al-Othaimeen's"
 * becomes "yousef al othaimeen". Immutable and thread-safe.
 */
final class MentionNormaliser {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern DROPPED = Pattern.compile("['’‘ʼ`´.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final List<List<String>> prefixes;

  /** A normaliser that strips any of {@code prefixes} (longest first) from the start of a key. */
  MentionNormaliser(Collection<String> prefixes) {
    List<List<String>> tokens = new ArrayList<>();
    for (String p : prefixes) {
      String k = key(p);
      if (!k.isEmpty()) {
        tokens.add(List.of(k.split(" ")));
      }
    }
    tokens.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
    this.prefixes = List.copyOf(tokens);
  }

  /** The plain key of {@code text}, with no prefixes stripped; empty for null or blank input. */
  static String key(String text) {
    if (text == null) {
      return "";
    }
    String t = POSSESSIVE.matcher(text.strip()).replaceAll("");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case 'ø', 'Ø' -> b.append('o');
        case 'æ', 'Æ' -> b.append("ae");
        case 'œ', 'Œ' -> b.append("oe");
        case 'ß' -> b.append("ss");
        case 'ı' -> b.append('i');
        case 'đ', 'Đ' -> b.append('d');
        case 'ł', 'Ł' -> b.append('l');
        case 'þ', 'Þ' -> b.append("th");
        case '&' -> b.append(" and ");
        default -> b.append(c);
      }
    }
    t = DROPPED.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll("");
    return SEPARATORS.matcher(t).replaceAll(" ").strip();
  }

  /** The key of {@code text} with leading prefixes removed, as long as something remains. */
  String strippedKey(String text) {
    List<String> tokens = new ArrayList<>(Arrays.asList(key(text).split(" ")));
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (List<String> p : prefixes) {
        if (tokens.size() > p.size() && tokens.subList(0, p.size()).equals(p)) {
          tokens.subList(0, p.size()).clear();
          stripped = true;
          break;
        }
      }
    }
    return String.join(" ", tokens);
  }
}
