package org.marsad.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for HTML text, attributes and URL parameters. Everything untrusted goes through it. */
final class Html {

  private Html() {}

  /** {@code s} safe as HTML text or inside a double-quoted attribute; null becomes empty. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String url(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A link only when {@code href} is http(s); else the text alone (no javascript: links). */
  static String externalLink(String href, String text) {
    if (href != null && (href.startsWith("https://") || href.startsWith("http://"))) {
      return "<a rel=\"noopener noreferrer\" href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }
    return esc(text);
  }
}
