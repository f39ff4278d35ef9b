package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Span;
import org.marsad.core.pipeline.RecordAgreement.Statement;

/**
 * What a run of the classic pipeline (full NLP on every article) gave the bench: its time over all
 * documents (extrapolated when it ran on a sample), the documents it ran on and the statements of
 * their records. Saved to and loaded from a JSON file, so that the cascade can be measured against
 * one baseline run without rerunning it (about 1,700 CPU-seconds over the shared data).
 *
 * @param docs documents of the bench (all, not only those run)
 * @param seconds wall time over all documents
 * @param measuredSeconds wall time of the documents run
 * @param cpuSeconds CPU time over all documents
 * @param failed documents that failed
 * @param docKeys the documents run, by {@link #key}
 * @param records the statements of each run document's records, by {@link #key} (documents without records absent)
 * @param stageMs milliseconds per stage, summed over threads
 */
record BaselineRun(int docs, double seconds, double measuredSeconds, double cpuSeconds, int failed,
    List<String> docKeys, Map<String, List<Statement>> records, Map<String, Long> stageMs) {

  static final String FORMAT = "marsad-bench-baseline/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  BaselineRun {
    docKeys = List.copyOf(docKeys);
    records = Map.copyOf(records);
    stageMs = Map.copyOf(stageMs);
  }

  /**
   * The key of {@code doc} in a baseline and in the bench's maps: {@code id@source} (an id is a content
   * hash, so one text from two sources is two documents). Saved in baseline files: never change it.
   */
  static String key(Document doc) {
    return doc.id() + "@" + doc.source();
  }

  int recordCount() {
    return records.values().stream().mapToInt(List::size).sum();
  }

  boolean extrapolated() {
    return docKeys.size() < docs;
  }

  void save(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("docs", docs);
    root.put("seconds", seconds);
    root.put("measured_seconds", measuredSeconds);
    root.put("cpu_seconds", cpuSeconds);
    root.put("failed", failed);
    ArrayNode keys = root.putArray("doc_keys");
    docKeys.forEach(keys::add);
    ObjectNode recs = root.putObject("records");
    records.forEach((doc, list) -> {
      ArrayNode arr = recs.putArray(doc);
      for (Statement s : list) {
        ObjectNode o = arr.addObject();
        o.put("kind", s.kind());
        o.put("type", s.type());
        o.put("start", s.span().start());
        o.put("end", s.span().end());
        o.put("quote", s.quote());
        o.put("fields", s.fields());
      }
    });
    ObjectNode stages = root.putObject("stage_ms");
    stageMs.forEach(stages::put);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  static BaselineRun load(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not a baseline of format " + FORMAT + ": " + file);
    }
    List<String> keys = new ArrayList<>();
    root.path("doc_keys").forEach(k -> keys.add(k.asText()));
    Map<String, List<Statement>> records = new LinkedHashMap<>();
    root.path("records").properties().forEach(e -> {
      List<Statement> list = new ArrayList<>();
      for (JsonNode o : e.getValue()) {
        list.add(new Statement(field(o, "kind", file).asText(), field(o, "type", file).asText(),
            new Span(field(o, "start", file).asInt(), field(o, "end", file).asInt()), field(o, "quote", file).asText(),
            field(o, "fields", file).asText()));
      }
      records.put(e.getKey(), list);
    });
    Map<String, Long> stages = new LinkedHashMap<>();
    root.path("stage_ms").properties().forEach(e -> stages.put(e.getKey(), e.getValue().asLong()));
    return new BaselineRun(root.path("docs").asInt(), root.path("seconds").asDouble(),
        root.path("measured_seconds").asDouble(), root.path("cpu_seconds").asDouble(), root.path("failed").asInt(),
        keys, records, stages);
  }

  private static JsonNode field(JsonNode record, String name, Path file) {
    JsonNode value = record.get(name);
    if (value == null) {
      throw new IllegalArgumentException("a record of the baseline " + file + " has no " + name);
    }
    return value;
  }
}
