package org.marsad.core.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Span;

/**
 * Reads a geocoding corpus in the JSON Lines form of {@code ../shared/data} (LGL, GeoWebNews,
 * GeoVirus, TR-News): one document a line with {@code doc_id}, {@code text} and {@code toponyms}
 * ({@code start}, {@code end}, {@code phrase}, {@code lat}, {@code lon}, optional {@code type},
 * {@code non_locational}, {@code offset_ok}). A toponym whose offsets the converter could not verify
 * ({@code offset_ok: false}) or that is not locational is read as not located. Stateless.
 */
public final class GeoCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoCorpus() {}

  /** The documents of {@code file}; fails with the line number on a malformed line. */
  public static List<GeoDocument> read(Path file) throws IOException {
    List<GeoDocument> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(parse(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    return docs;
  }

  static GeoDocument parse(JsonNode doc) {
    String id = doc.path("doc_id").asText("");
    String text = doc.path("text").asText("");
    List<GoldToponym> toponyms = new ArrayList<>();
    for (JsonNode t : doc.path("toponyms")) {
      int start = t.path("start").asInt(-1);
      int end = t.path("end").asInt(-1);
      if (start < 0 || end < start || end > text.length()) {
        continue;
      }
      boolean located =
          t.path("lat").isNumber()
              && t.path("lon").isNumber()
              && t.path("offset_ok").asBoolean(true)
              && !t.path("non_locational").asBoolean(false);
      toponyms.add(
          new GoldToponym(
              new Span(start, end),
              t.path("phrase").asText(text.substring(start, end)),
              located,
              located ? t.path("lat").asDouble() : Double.NaN,
              located ? t.path("lon").asDouble() : Double.NaN,
              t.path("type").asText("")));
    }
    return new GeoDocument(id, text, toponyms);
  }
}
