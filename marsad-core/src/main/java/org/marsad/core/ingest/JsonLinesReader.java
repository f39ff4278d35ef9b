package org.marsad.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;

/**
 * Reads JSON Lines: one article per line, a JSON object with {@code text} and {@code date} (required),
 * {@code url}, {@code title} and {@code author} (optional strings). Other fields are ignored.
 *
 * <p>Each line is its own document, with source {@code file:LINE} (1-based); a bad line (not JSON, not an
 * object, a duplicate key, a missing or non-string field, a date that does not read or lies outside the
 * {@link DateWindow}, blank text) is quarantined with the same source and its own bytes, and the other lines go
 * on. Blank lines are skipped; a file with no non-blank line is quarantined whole. Read through
 * {@link #read(SourceText, Consumer)}, the documents are handed on every {@value #PART_LINES} lines, so a file
 * of a million lines never holds a million documents (nor a million line strings). Dates may be
 * {@code YYYY-MM-DD} or an ISO date-time (see {@link PublishedDates#lenient}).
 *
 * <p>Needs: a date window. Gives: documents and quarantined lines. Thread-safety: immutable (the Jackson mapper
 * is shared, which Jackson allows once configured).
 */
final class JsonLinesReader implements DocumentReader {

  static final int MAX_NESTING = 64;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final DateWindow window;

  JsonLinesReader(DateWindow window) {
    this.window = Objects.requireNonNull(window, "window");
  }

  /** Lines read before their documents are handed on by {@link #read(SourceText, Consumer)}. */
  static final int PART_LINES = 10_000;

  @Override
  public IngestResult read(SourceText input) {
    List<Document> documents = new ArrayList<>();
    List<Quarantined> refused = new ArrayList<>();
    read(input, one -> {
      documents.addAll(one.documents());
      refused.addAll(one.quarantined());
    });
    return new IngestResult(documents, refused);
  }

  /** Reads line by line, handing on the documents and refusals of every {@value #PART_LINES} lines. */
  @Override
  public void read(SourceText input, Consumer<IngestResult> sink) {
    List<Document> documents = new ArrayList<>();
    List<Quarantined> refused = new ArrayList<>();
    String text = input.text();
    boolean any = false;
    int number = 0;
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      number++;
      if (!line.isBlank()) {
        any = true;
        read(input.source(), number, line, documents, refused);
      }
      if (number % PART_LINES == 0 && !(documents.isEmpty() && refused.isEmpty())) {
        sink.accept(new IngestResult(documents, refused));
        documents.clear();
        refused.clear();
      }
    }
    if (!any) {
      refused.add(Quarantine.of(input.source(), "no JSON lines (only white space)", input.raw()));
    }
    if (!(documents.isEmpty() && refused.isEmpty())) {
      sink.accept(new IngestResult(documents, refused));
    }
  }

  private void read(String file, int number, String line, List<Document> documents, List<Quarantined> refused) {
    String source = file + ":" + number;
    try {
      documents.add(document(source, MAPPER.readTree(line)));
    } catch (BadLine e) {
      refused.add(Quarantine.of(source, "line " + number + ": " + e.getMessage(), bytes(line)));
    } catch (JacksonException e) {
      refused.add(Quarantine.of(source, "line " + number + ": not valid JSON: " + e.getOriginalMessage(),
          bytes(line)));
    }
  }

  private Document document(String source, JsonNode node) throws BadLine {
    if (node == null || !node.isObject()) {
      throw new BadLine("expected a JSON object, got " + (node == null ? "nothing" : kind(node)));
    }
    String text = TextNormaliser.stripped(TextNormaliser.normalise(required(node, "text")));
    if (text.isEmpty()) {
      throw new BadLine("field 'text' is blank");
    }
    String rawDate = required(node, "date");
    LocalDate date = PublishedDates.lenient(rawDate)
        .orElseThrow(() -> new BadLine("field 'date' is not a date: '" + rawDate + "'"));
    Optional<String> outside = window.problem(date);
    if (outside.isPresent()) {
      throw new BadLine(outside.get());
    }
    String title = optional(node, "title");
    return new Document(DocumentId.of(text, date, title), source, optional(node, "url"), title, date,
        optional(node, "author"), "", text);
  }

  private static String required(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new BadLine("missing field '" + field + "'");
    }
    if (!value.isTextual()) {
      throw new BadLine("field '" + field + "' must be a string, got " + kind(value));
    }
    return value.asText();
  }

  private static String optional(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new BadLine("field '" + field + "' must be a string, got " + kind(value));
    }
    return TextNormaliser.stripped(TextNormaliser.normalise(value.asText()));
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static byte[] bytes(String line) {
    return line.getBytes(StandardCharsets.UTF_8);
  }

  /** A line that is JSON but not an article; the message is the reason. */
  private static final class BadLine extends Exception {
    BadLine(String reason) {
      super(reason, null, false, false);
    }
  }
}
