package org.marsad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code gold.json} file of the seeds' format, and the emitted JSON records to score. */
public final class GoldFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldFile() {}

  public static Map<String, GoldScorer.FileGold> read(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(file.toFile());
    Map<String, GoldScorer.FileGold> out = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> out.put(e.getKey(),
        new GoldScorer.FileGold(records(e.getValue().path("required")), records(e.getValue().path("optional")))));
    return out;
  }

  private static List<GoldRecord> records(JsonNode array) {
    List<GoldRecord> out = new ArrayList<>();
    for (JsonNode g : array) {
      List<String> types = new ArrayList<>();
      g.path("types").forEach(t -> types.add(t.asText()));
      List<String> actors = new ArrayList<>();
      g.path("actors").forEach(t -> actors.add(t.asText()));
      LocalDate from = null;
      LocalDate to = null;
      if (g.has("date") && g.get("date").isArray()) {
        from = LocalDate.parse(g.get("date").get(0).asText());
        to = LocalDate.parse(g.get("date").get(1).asText());
      }
      String country = g.hasNonNull("country") ? g.get("country").asText() : null;
      out.add(new GoldRecord(g.path("kind").asText(), types, from, to, country, actors));
    }
    return out;
  }

  /** The scoring view of one emitted record in the JSON form of {@code marsad extract}. */
  public static EmittedRecord emitted(JsonNode r) {
    List<String> hay = new ArrayList<>();
    for (JsonNode a : r.path("actors")) {
      for (String k : List.of("name", "title", "org", "country")) {
        if (a.hasNonNull(k)) {
          hay.add(a.get(k).asText());
        }
      }
    }
    String country = null;
    if (r.hasNonNull("place")) {
      hay.add(r.get("place").path("name").asText());
      country = r.get("place").path("country").asText(null);
    }
    return new EmittedRecord(r.path("kind").asText(), r.path("type").asText(), date(r, "date"), date(r, "date_end"),
        country, hay);
  }

  private static LocalDate date(JsonNode r, String key) {
    return r.hasNonNull(key) ? LocalDate.parse(r.get(key).asText()) : null;
  }
}
