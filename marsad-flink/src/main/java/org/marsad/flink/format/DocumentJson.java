package org.marsad.flink.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.core.domain.Document;

/**
 * The JSON form of a {@link Document} on the Kafka topics, version {@value #FORMAT}: {@code
 * format, id, source, url, title, published (YYYY-MM-DD or null), author, language, text}. Reading
 * refuses another format or a missing id or text, naming what is wrong. Thread-safe.
 */
public final class DocumentJson {

  public static final String FORMAT = "marsad-document/1";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentJson() {}

  public static String write(Document d) {
    return toJson(d).toString();
  }

  public static ObjectNode toJson(Document d) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.put("id", d.id());
    o.put("source", d.source());
    o.put("url", d.url());
    o.put("title", d.title());
    if (d.published() == null) {
      o.putNull("published");
    } else {
      o.put("published", d.published().toString());
    }
    o.put("author", d.author());
    o.put("language", d.language());
    o.put("text", d.text());
    return o;
  }

  /**
   * The document in {@code json}.
   *
   * @throws IllegalArgumentException when it is not JSON of format {@value #FORMAT} or lacks a
   *     field
   */
  public static Document read(String json) {
    return fromJson(parse(json), FORMAT);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  static Document fromJson(JsonNode o, String format) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("a " + format + " value must be a JSON object: " + o);
    }
    if (format.equals(FORMAT)) {
      requireFormat(o, FORMAT);
    }
    String published = text(o, "published", true);
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published must be YYYY-MM-DD: published=" + published, e);
    }
    return new Document(text(o, "id", false), text(o, "source", true), text(o, "url", true),
        text(o, "title", true), date, text(o, "author", true), text(o, "language", true),
        text(o, "text", false));
  }

  static void requireFormat(JsonNode o, String format) {
    JsonNode f = o.get("format");
    if (f == null || !f.asText().equals(format)) {
      throw new IllegalArgumentException("expected format " + format + ": format=" + f);
    }
  }

  /** The string field {@code name}; null when absent or null and {@code optional}. */
  static String text(JsonNode o, String name, boolean optional) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      if (optional) {
        return null;
      }
      throw new IllegalArgumentException("missing field " + name);
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field " + name + " must be a string: " + v);
    }
    return v.asText();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
