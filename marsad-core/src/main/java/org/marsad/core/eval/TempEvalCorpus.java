package org.marsad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.domain.Span;
import org.marsad.core.time.TimexAnnotation;

/**
 * Reads {@code tempeval3.jsonl} (see {@code shared/data/tempeval3/SOURCE.md}): one document a
 * line with its DCT, text and gold TIMEX3s with offsets. A line that does not hold together (an
 * offset outside the text, a quote that differs from the text, a bad date) fails the read with
 * its line number. Stateless and thread-safe.
 */
public final class TempEvalCorpus {

  /** Which documents to read: {@code DEV} the TimeBank and AQUAINT training documents, {@code TEST} the platinum test set. */
  public enum Split {
    DEV(Set.of("train_timebank", "train_aquaint")),
    TEST(Set.of("test_platinum"));

    private final Set<String> names;

    Split(Set<String> names) {
      this.names = names;
    }

    public boolean holds(String split) {
      return names.contains(split);
    }

    /** The split named {@code name} ({@code dev} or {@code test}, any case). */
    public static Split named(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown split (dev or test): " + name, e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private TempEvalCorpus() {}

  /** The documents of {@code split} in file order. */
  public static List<TempEvalDoc> read(Path jsonl, Split split) {
    List<TempEvalDoc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          TempEvalDoc doc = parse(JSON.readTree(line));
          if (split.holds(doc.split())) {
            docs.add(doc);
          }
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(jsonl + ":" + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return docs;
  }

  static TempEvalDoc parse(JsonNode node) {
    String id = required(node, "doc_id").asText();
    String text = required(node, "text").asText();
    LocalDate dct;
    try {
      dct = LocalDate.parse(required(node, "dct").asText().substring(0, 10));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("bad dct of " + id + ": " + node.get("dct"), e);
    }
    List<TimexAnnotation> gold = new ArrayList<>();
    for (JsonNode t : node.path("timexes")) {
      int start = required(t, "start").asInt();
      int end = required(t, "end").asInt();
      if (end > text.length()) {
        throw new IllegalArgumentException("timex " + t.path("tid").asText() + " of " + id + " ends at " + end
            + ", after the text (" + text.length() + " chars)");
      }
      String quote = t.path("text").asText();
      if (!text.substring(start, end).equals(quote)) {
        throw new IllegalArgumentException("timex " + t.path("tid").asText() + " of " + id + " quotes '" + quote
            + "' but the text has '" + text.substring(start, end) + "'");
      }
      gold.add(new TimexAnnotation(new Span(start, end), required(t, "type").asText(), t.path("value").asText("")));
    }
    gold.sort(java.util.Comparator.comparing(TimexAnnotation::span));
    return new TempEvalDoc(id, required(node, "split").asText(), dct, text, gold);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "' in " + abbreviate(node.toString()));
    }
    return v;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
