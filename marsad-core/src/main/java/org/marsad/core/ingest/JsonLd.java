package org.marsad.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Reads fields of the JSON-LD blocks ({@code <script type="application/ld+json">}) of a page: the first
 * {@code datePublished}, {@code headline} or author name found, breadth-first, across all blocks.
 *
 * <p>Malformed blocks are ignored. Parsing is bounded: at most {@value #MAX_BLOCKS} blocks of at most
 * {@value #MAX_BLOCK_CHARS} characters, nesting at most {@value #MAX_DEPTH} deep, at most
 * {@value #MAX_NODES} nodes visited per search.
 *
 * <p>Needs: the page's script elements. Gives: field values. Thread-safety: immutable after construction.
 */
final class JsonLd {

  static final int MAX_BLOCKS = 10;
  static final int MAX_BLOCK_CHARS = 1 << 20;
  static final int MAX_DEPTH = 64;
  static final int MAX_NODES = 10_000;

  private static final JsonMapper MAPPER = JsonMapper.builder(
          com.fasterxml.jackson.core.JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
              .build())
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private final List<JsonNode> blocks;

  private JsonLd(List<JsonNode> blocks) {
    this.blocks = blocks;
  }

  /** The JSON-LD blocks of {@code page} that parse. */
  static JsonLd of(org.jsoup.nodes.Document page) {
    List<JsonNode> blocks = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      if (blocks.size() == MAX_BLOCKS) {
        break;
      }
      String data = script.data();
      if (data.length() > MAX_BLOCK_CHARS) {
        continue;
      }
      try {
        blocks.add(MAPPER.readTree(data));
      } catch (JacksonException | RuntimeException e) {
        // malformed metadata: the page is still read, without it
      }
    }
    return new JsonLd(blocks);
  }

  /** The first textual value of {@code field}. */
  Optional<String> text(String field) {
    return find(field).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The first author's name: a string, an object's {@code name}, or the first of an array. */
  Optional<String> authorName() {
    return find("author").flatMap(author -> {
      JsonNode first = author.isArray() && !author.isEmpty() ? author.get(0) : author;
      if (first.isTextual()) {
        return Optional.of(first.asText());
      }
      JsonNode name = first.get("name");
      return name != null && name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
    });
  }

  private Optional<JsonNode> find(String field) {
    Deque<JsonNode> queue = new ArrayDeque<>(blocks);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = queue.removeFirst();
      if (node.isObject()) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
          return Optional.of(value);
        }
      }
      if (node.isContainerNode()) {
        node.forEach(queue::addLast);
      }
    }
    return Optional.empty();
  }
}
