package org.marsad.app.report;

/**
 * A small HTML writer: headings, paragraphs and tables into one buffer, every text escaped unless
 * passed as {@code raw}. Not thread-safe; one per document.
 */
final class Html {

  private final StringBuilder b = new StringBuilder(1 << 16);

  static String esc(String s) {
    StringBuilder o = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> o.append("&amp;");
        case '<' -> o.append("&lt;");
        case '>' -> o.append("&gt;");
        case '"' -> o.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            o.append(' ');
          } else {
            o.append(c);
          }
        }
      }
    }
    return o.toString();
  }

  Html raw(String html) {
    b.append(html);
    return this;
  }

  Html text(String text) {
    b.append(esc(text));
    return this;
  }

  Html heading(int level, String id, String text) {
    b.append("<h").append(level);
    if (id != null) {
      b.append(" id=\"").append(id).append('"');
    }
    b.append('>').append(esc(text)).append("</h").append(level).append(">\n");
    return this;
  }

  Html p(String text) {
    return raw("<p>").text(text).raw("</p>\n");
  }

  Html note(String text) {
    return raw("<p class=\"note\">").text(text).raw("</p>\n");
  }

  /** Opens a table with a header row of escaped texts; optional css class. */
  Html table(String cls, String... headers) {
    b.append("<table");
    if (cls != null) {
      b.append(" class=\"").append(cls).append('"');
    }
    b.append("><thead><tr>");
    for (String h : headers) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>\n");
    return this;
  }

  /** A row of cells given as HTML (escape texts with {@link #esc}). */
  Html row(String... cells) {
    b.append("<tr>");
    for (String c : cells) {
      b.append("<td>").append(c).append("</td>");
    }
    b.append("</tr>\n");
    return this;
  }

  Html endTable() {
    b.append("</tbody></table>\n");
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
