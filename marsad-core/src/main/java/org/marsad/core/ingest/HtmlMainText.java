package org.marsad.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main text of a parsed HTML page.
 *
 * <p>Skips what is not article text (script, style, nav, header, footer, aside, forms and their controls,
 * embedded objects, templates, hidden elements); prefers the {@code <article>} with the most text, then
 * {@code <main>} or {@code role=main}, then the body. Each block element (paragraph, heading, list item, cell,
 * ...) becomes a paragraph; paragraphs are separated by a blank line; {@code <br>} is a line break; white space
 * inside a paragraph is collapsed except in {@code <pre>}. Attributes (event handlers included) and comments
 * never reach the text.
 *
 * <p>Work is linear in the size of the DOM (only the first {@value #MAX_CANDIDATES} articles are compared),
 * with no recursion and no tree edits. Needs: a jsoup document. Gives: the text, possibly empty. Thread-safety:
 * stateless; the document must not be changed concurrently.
 */
final class HtmlMainText {

  /** Only the first articles (and mains) of a page are compared, to bound the work on hostile pages. */
  static final int MAX_CANDIDATES = 20;

  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
      "input", "select", "textarea", "option", "label", "iframe", "frame", "frameset", "object", "embed",
      "applet", "svg", "math", "canvas", "audio", "video", "map", "dialog", "head", "title", "meta", "link");

  private HtmlMainText() {}

  /** The main text of {@code page}. */
  static String of(org.jsoup.nodes.Document page) {
    Element root = mainElement(page);
    String text = textOf(root);
    if (text.isEmpty() && root != page.body()) {
      text = textOf(page.body());
    }
    return text;
  }

  private static Element mainElement(org.jsoup.nodes.Document page) {
    Element best = null;
    int bestLength = 0;
    int seen = 0;
    for (Element article : page.getElementsByTag("article")) {
      if (++seen > MAX_CANDIDATES) {
        break;
      }
      if (isSkipped(article)) {
        continue;
      }
      int length = textOf(article).length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    seen = 0;
    for (Element candidate : page.select("main, [role=main]")) {
      if (++seen > MAX_CANDIDATES) {
        break;
      }
      if (!isSkipped(candidate)) {
        return candidate;
      }
    }
    return page.body();
  }

  /** Whether the element or an ancestor is skipped as not article text. */
  private static boolean isSkipped(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (skips(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean skips(Element e) {
    return SKIPPED.contains(e.normalName())
        || e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none");
  }

  static String textOf(Element root) {
    Collector collector = new Collector();
    NodeTraversor.filter(collector, root);
    collector.flush();
    return String.join("\n\n", collector.paragraphs);
  }

  /** Collects paragraphs while the traversor walks the tree. */
  private static final class Collector implements NodeFilter {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element e) {
        if (depth > 0 && skips(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e.nameIs("br")) {
          current.append('\n');
        } else if (e.isBlock()) {
          flush();
        }
        if (e.nameIs("pre")) {
          preDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("pre")) {
          preDepth--;
        }
        if (e.isBlock() && !e.nameIs("br")) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      if (preDepth > 0) {
        current.append(text);
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        current.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
      }
    }

    void flush() {
      if (current.isEmpty()) {
        return;
      }
      String paragraph = tidy(current);
      current.setLength(0);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }

    /** Collapses runs of spaces and tabs, strips each line, drops blank lines inside the paragraph. */
    private static String tidy(CharSequence raw) {
      StringBuilder out = new StringBuilder(raw.length());
      for (String line : raw.toString().split("\n")) {
        String collapsed = line.replaceAll("[ \\t]+", " ").strip();
        if (!collapsed.isEmpty()) {
          if (!out.isEmpty()) {
            out.append('\n');
          }
          out.append(collapsed);
        }
      }
      return out.toString();
    }
  }
}
