package org.marsad.core.hate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post into the tokens the classifier counts, the way HateXplain's texts were prepared:
 * lower case, {@code @handles} to {@code <user>}, links to {@code <url>}, numbers to {@code
 * <number>}, punctuation dropped, each emoji or other symbol a token of its own. Texts already in
 * that form (HateXplain's) come out as their space-separated words. Stateless, thread-safe.
 */
final class PostText {

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+");
  private static final Pattern TOKEN = Pattern.compile(
      "<[a-z]+>|\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*|[^\\s\\p{L}\\p{M}\\p{N}\\p{P}\\p{Cf}\\p{Mn}\\p{Sk}]");

  private PostText() {}

  static List<String> tokens(String text) {
    String t = URL.matcher(text).replaceAll(" <url> ");
    t = HANDLE.matcher(t).replaceAll(" <user> ");
    t = t.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      String tok = m.group();
      if (Character.isDigit(tok.charAt(0))) {
        tok = "<number>";
      } else if (tok.indexOf('’') >= 0) {
        tok = tok.replace('’', '\'');
      }
      if (tok.length() == 1 && tok.charAt(0) == '<' || tok.length() == 1 && tok.charAt(0) == '>') {
        continue;
      }
      out.add(tok);
    }
    return out;
  }
}
