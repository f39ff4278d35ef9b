package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.core.domain.Document;
import org.marsad.core.ingest.DocumentId;

/**
 * The article texts of the evaluation data sets, as documents for benchmarks: the news corpora
 * among the {@code *.jsonl} files under a folder (lines with a {@code text}, or ECB+'s
 * {@code sentences}). Posts (HateXplain) and mention tables are not articles and are left out.
 */
final class BenchCorpus {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final java.util.Set<String> ARTICLE_FILES = java.util.Set.of("meantime.jsonl", "lgl.jsonl",
      "geowebnews.jsonl", "geovirus.jsonl", "trnews.jsonl", "documents.jsonl", "tempeval3.jsonl");

  private BenchCorpus() {}

  static List<Document> read(Path root, int limit) throws IOException {
    List<Document> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> ARTICLE_FILES.contains(p.getFileName().toString())).sorted().toList();
    }
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null && out.size() < limit) {
          n++;
          Document d = document(f.getFileName() + ":" + n, line);
          if (d != null) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  private static Document document(String source, String line) {
    JsonNode j;
    try {
      j = MAPPER.readTree(line);
    } catch (IOException e) {
      return null;
    }
    String text = j.path("text").asText("");
    if (text.isBlank() && j.has("sentences")) {
      StringBuilder sb = new StringBuilder();
      j.get("sentences").forEach(s -> sb.append(s.path("text").asText()).append('\n'));
      text = sb.toString();
    }
    if (text.isBlank()) {
      return null;
    }
    LocalDate date = date(j.path("date").asText(j.path("dct").asText("")));
    String title = j.path("title").asText("");
    return new Document(DocumentId.of(text, date, title), source, j.path("url").asText(""), title, date, "", "", text);
  }

  private static LocalDate date(String s) {
    if (s.length() >= 10) {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }
}
