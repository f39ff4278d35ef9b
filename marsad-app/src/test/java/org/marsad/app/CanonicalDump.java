package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

/**
 * What a store holds, from a {@code marsad backup} file, in a form where two stores holding the same facts are
 * equal: every table's rows sorted, without the clock stamps ({@code at}, {@code *_at}) and the documents'
 * change counter ({@code status_seq}), and with surrogate keys
 * replaced by natural ones (a record is {@code document#ordinal}; an event is the first of its records; a
 * quarantine entry is its source and content hash). Tables it does not know are kept whole but for clock
 * stamps, so a table a later migration adds is still compared.
 *
 * <p>Hook for clustering (the dedup branch): events are keyed by their records, so runs that cluster the same
 * records the same way dump equal, whatever ids the events got.
 */
final class CanonicalDump {

  private CanonicalDump() {}

  /** Table name to its sorted canonical rows. */
  static Map<String, List<String>> of(Path backup) throws IOException {
    Map<String, Table> tables = new TreeMap<>();
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      JsonNode manifest;
      try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
        manifest = new ObjectMapper().readTree(in);
      }
      for (JsonNode t : manifest.get("tables")) {
        List<String> columns = new ArrayList<>();
        t.get("columns").forEach(c -> columns.add(c.asText()));
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry("tables/" + t.get("name").asText() + ".copy"))) {
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(l -> rows.add(l.split("\t", -1)));
        }
        tables.put(t.get("name").asText(), new Table(columns, rows));
      }
    }
    Map<String, String> recordKeys = new HashMap<>();
    Table records = tables.get("records");
    if (records != null) {
      for (String[] r : records.rows()) {
        recordKeys.put(r[records.index("id")], r[records.index("document_id")] + "#" + r[records.index("ordinal")]);
      }
    }
    Map<String, String> eventKeys = new HashMap<>();
    Table sources = tables.get("event_sources");
    if (sources != null) {
      for (String[] r : sources.rows()) {
        String key = recordKeys.getOrDefault(r[sources.index("record_id")], "?");
        eventKeys.merge(r[sources.index("event_id")], key, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    Map<String, List<String>> dump = new TreeMap<>();
    tables.forEach((name, t) -> {
      List<String> lines = new ArrayList<>();
      for (String[] row : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
          String column = t.columns().get(i);
          String value = row[i];
          if (column.equals("at") || column.endsWith("_at") || column.equals("status_seq")) {
            continue; // clock stamps, and the change counter the search index reads
          }
          if (column.equals("id") && (name.equals("records") || name.equals("quarantine"))) {
            continue;
          }
          if (column.equals("id") && name.equals("events")) {
            value = "event of " + eventKeys.getOrDefault(value, "no record");
          } else if (column.equals("record_id")) {
            value = recordKeys.getOrDefault(value, "record ?" + value);
          } else if (column.equals("event_id") || column.equals("response_id") || column.equals("incident_id")
              || (name.equals("event_redirects") && !value.equals("\\N"))) {
            value = "event of " + eventKeys.getOrDefault(value, "?" + value);
          }
          cells.add(column + "=" + value);
        }
        lines.add(String.join("\t", cells));
      }
      lines.sort(null);
      dump.put(name, lines);
    });
    return dump;
  }

  private record Table(List<String> columns, List<String[]> rows) {
    int index(String column) {
      int i = columns.indexOf(column);
      if (i < 0) {
        throw new IllegalStateException("no column " + column + " in " + columns);
      }
      return i;
    }
  }
}
