package org.marsad.core.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.domain.Document;

/**
 * Reads the seed format: a header {@code date YYYY-MM-DD}, optionally followed by {@code (@author)}, possibly
 * preceded by white space and possibly followed on the same line by the first paragraph; then the text.
 *
 * <p>The stored text is everything after the header's date and author, stripped of surrounding white space,
 * so a first paragraph on the header line is kept. A header whose date is missing, malformed, not a calendar
 * day or outside the {@link DateWindow} quarantines the file, as does a header with no text after it.
 *
 * <p>Needs: a {@link DateWindow}. Gives: one document or one quarantined item. Thread-safety: immutable.
 */
final class SeedFormatReader implements DocumentReader {

  /** A first line that claims to be a seed header: {@code date} then a digit, or {@code date} alone. */
  private static final Pattern CLAIM =
      Pattern.compile("\\A\\s*date(?:[ \\t]+\\d|[ \\t]*\\n|[ \\t]*\\z)", Pattern.CASE_INSENSITIVE);

  private static final Pattern HEADER = Pattern.compile(
      "\\A\\s*date[ \\t]*(?<date>[^ \\t\\n]*)(?:[ \\t]+\\(@(?<author>[^)\\n]*)\\))?[ \\t]*",
      Pattern.CASE_INSENSITIVE);

  private final DateWindow window;

  SeedFormatReader(DateWindow window) {
    this.window = Objects.requireNonNull(window, "window");
  }

  /** Whether {@code text} starts with something meant as a seed header (valid or not). */
  static boolean claims(String text) {
    return CLAIM.matcher(text).lookingAt();
  }

  @Override
  public IngestResult read(SourceText input) {
    String text = input.text();
    Matcher m = HEADER.matcher(text);
    if (!claims(text) || !m.lookingAt()) {
      return refuse(input, "missing date header: the first line must be 'date YYYY-MM-DD'");
    }
    String token = m.group("date");
    if (token.isEmpty()) {
      return refuse(input, "malformed date header: no date after 'date' (expected 'date YYYY-MM-DD')");
    }
    Optional<LocalDate> date = PublishedDates.day(token);
    if (date.isEmpty()) {
      return refuse(input, token.matches("\\d{4}-\\d{2}-\\d{2}")
          ? "invalid date in header: '" + token + "' is not a calendar day"
          : "malformed date header: '" + abbreviate(token) + "' (expected 'date YYYY-MM-DD')");
    }
    Optional<String> outside = window.problem(date.get());
    if (outside.isPresent()) {
      return refuse(input, outside.get());
    }
    String body = TextNormaliser.stripped(text.substring(m.end()));
    if (body.isEmpty()) {
      return refuse(input, "no text after the date header");
    }
    String author = m.group("author") == null ? "" : m.group("author").strip();
    String id = DocumentId.of(body, date.get(), "");
    return IngestResult.of(new Document(id, input.source(), "", "", date.get(), author, "", body));
  }

  private static IngestResult refuse(SourceText input, String reason) {
    return IngestResult.of(Quarantine.of(input.source(), reason, input.raw()));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
