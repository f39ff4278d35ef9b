package org.marsad.core.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a place name or mention into the key the gazetteer indexes: accents and Arabic vowel marks
 * removed, lower case, a few letters folded ({@code ß -> ss}, {@code ø -> o}, Persian {@code ی -> ي}),
 * apostrophes and full stops dropped ({@code U.S. -> us}), any other run of non-letters turned into one
 * space. tools/derive-gazetteer.mjs applies the same rules when it de-duplicates names. Stateless and
 * thread-safe.
 */
final class NameKey {

  private NameKey() {}

  /** The key of {@code text}; empty when it holds no letter or digit. */
  static String of(String text) {
    String ascii = ofAscii(text);
    if (ascii != null) {
      return ascii;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || cp == 0x0640 // Arabic tatweel
          || isApostropheOrStop(cp)) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        appendFolded(out, cp);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * {@link #of} for ASCII text, the bulk of the gazetteer, without decomposition or code points;
   * {@code null} when {@code text} is not ASCII.
   */
  private static String ofAscii(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '\'' || c == '.' || c == '`') {
        continue;
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        space = true;
        continue;
      }
      if (space && n > 0) {
        out[n++] = ' ';
      }
      space = false;
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /**
   * The keys to try for a mention, most literal first: the mention itself, then without an English
   * possessive ({@code Pakistan's}, {@code Philippines'}) and without a leading article ({@code the
   * Netherlands}).
   */
  static List<String> variants(String mention) {
    List<String> keys = new ArrayList<>(3);
    add(keys, of(mention));
    String stripped = withoutPossessive(mention.strip());
    add(keys, of(stripped));
    String key = of(stripped);
    if (key.startsWith("the ")) {
      add(keys, key.substring(4));
    }
    return keys;
  }

  private static void add(List<String> keys, String key) {
    if (!key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }

  private static String withoutPossessive(String s) {
    int n = s.length();
    if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')
        && isApostrophe(s.charAt(n - 2))) {
      return s.substring(0, n - 2);
    }
    if (n > 2 && isApostrophe(s.charAt(n - 1)) && (s.charAt(n - 2) == 's' || s.charAt(n - 2) == 'S')) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`';
  }

  private static boolean isApostropheOrStop(int cp) {
    return isApostrophe(cp) || cp == '.' || cp == '\u02BB' || cp == '\u00B4';
  }

  private static void appendFolded(StringBuilder out, int cp) {
    switch (cp) {
      case 'ß', 'ẞ' -> out.append("ss");
      case 'æ', 'Æ' -> out.append("ae");
      case 'œ', 'Œ' -> out.append("oe");
      case 'ø', 'Ø' -> out.append('o');
      case 'ł', 'Ł' -> out.append('l');
      case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
      case 'þ', 'Þ' -> out.append("th");
      case 'ı' -> out.append('i');
      case 'ħ', 'Ħ' -> out.append('h');
      case 'ى', 'ی' -> out.append('ي');
      case 'ة' -> out.append('ه');
      case 'ک' -> out.append('ك');
      default -> out.appendCodePoint(Character.toLowerCase(cp));
    }
  }
}
