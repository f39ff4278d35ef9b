package org.marsad.core.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Chooses the reader for an input by its extension, then by its content.
 *
 * <p>{@code .txt}, {@code .text}, {@code .md}: the seed format when the text starts with a date header (valid
 * or not; an invalid one is then quarantined by the seed reader), else plain text. {@code .html}, {@code .htm},
 * {@code .xhtml}: HTML. {@code .jsonl}, {@code .ndjson}: JSON Lines. Any other extension, or none: the seed
 * format if the header is there, HTML if it starts like HTML, JSON Lines if its first line is a JSON object;
 * otherwise the input is refused as an unsupported type. For a URL the query and fragment are ignored.
 *
 * <p>Needs: the four readers. Gives: a reader (possibly one that refuses). Thread-safety: immutable.
 */
final class ReaderChoice {

  private static final Pattern HTML_START = Pattern.compile(
      "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--(?:(?!-->).)*-->\\s*)*+<(?:!doctype\\s+html|html|head|body)[\\s>]",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern JSON_OBJECT_LINE = Pattern.compile("\\A\\s*\\{[^\\n]*\\}[ \\t]*(?:\\n|\\z)");
  private static final int SNIFF_CHARS = 4096;

  private final DocumentReader seed;
  private final DocumentReader plain;
  private final DocumentReader html;
  private final DocumentReader jsonLines;

  ReaderChoice(DocumentReader seed, DocumentReader plain, DocumentReader html, DocumentReader jsonLines) {
    this.seed = Objects.requireNonNull(seed, "seed");
    this.plain = Objects.requireNonNull(plain, "plain");
    this.html = Objects.requireNonNull(html, "html");
    this.jsonLines = Objects.requireNonNull(jsonLines, "jsonLines");
  }

  /** The reader for {@code text} read from {@code source}. */
  DocumentReader choose(String source, String text) {
    String extension = extension(source);
    return switch (extension) {
      case "txt", "text", "md" -> SeedFormatReader.claims(text) ? seed : plain;
      case "html", "htm", "xhtml" -> html;
      case "jsonl", "ndjson" -> jsonLines;
      default -> sniff(extension, text);
    };
  }

  /** Whether {@code source}'s extension names JSON Lines ({@code .jsonl}, {@code .ndjson}). */
  static boolean namesJsonLines(String source) {
    String extension = extension(source);
    return extension.equals("jsonl") || extension.equals("ndjson");
  }

  private DocumentReader sniff(String extension, String text) {
    String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
    if (SeedFormatReader.claims(head)) {
      return seed;
    }
    if (HTML_START.matcher(head).lookingAt()) {
      return html;
    }
    if (JSON_OBJECT_LINE.matcher(head).lookingAt()) {
      return jsonLines;
    }
    String what = extension.isEmpty() ? "a file without extension" : "extension '." + extension + "'";
    return input -> IngestResult.of(Quarantine.of(input.source(),
        "unsupported file type (" + what + ") and the content is not the seed format, HTML or JSON Lines",
        input.raw()));
  }

  /** The lower-case extension of the last path segment of {@code source}, or empty. */
  static String extension(String source) {
    String s = source;
    if (s.contains("://")) {
      s = s.replaceFirst("[?#].*", "");
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    String name = s.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
