package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The manifest of a backup file ({@value #ENTRY} in the zip): the format and its version, the schema version of
 * the store it was taken from, when, and per table its columns, row count, byte count and SHA-256 of its data
 * entry ({@code tables/NAME.copy}, PostgreSQL COPY text format).
 *
 * <p>Version 1 is the format described here; a reader refuses other versions. Immutable.
 *
 * @param schemaVersion the Flyway version of the schema the data fits
 * @param createdAt when the backup was taken (ISO-8601 instant)
 * @param tables one entry per table, parents before children
 */
record BackupManifest(String schemaVersion, String createdAt, List<TableEntry> tables) {

  static final String FORMAT = "marsad-backup";
  static final int VERSION = 1;
  static final String ENTRY = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One table's data in the backup.
   *
   * @param name the table
   * @param columns the columns, in the order of the data
   * @param rows rows in the data
   * @param bytes size of the data entry
   * @param sha256 lower-case hex SHA-256 of the data entry
   */
  record TableEntry(String name, List<String> columns, long rows, long bytes, String sha256) {
    TableEntry {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
      if (rows < 0 || bytes < 0 || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("bad table entry " + name + ": rows=" + rows + ", bytes=" + bytes
            + ", sha256=" + sha256);
      }
    }

    String entryName() {
      return "tables/" + name + ".copy";
    }
  }

  BackupManifest {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    tables = List.copyOf(tables);
  }

  byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("schema_version", schemaVersion);
    root.put("created_at", createdAt);
    ArrayNode list = root.putArray("tables");
    for (TableEntry t : tables) {
      ObjectNode o = list.addObject();
      o.put("name", t.name());
      t.columns().forEach(o.putArray("columns")::add);
      o.put("rows", t.rows());
      o.put("bytes", t.bytes());
      o.put("sha256", t.sha256());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the manifest: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a manifest.
   *
   * @throws IllegalArgumentException with a one-line reason when it is not a Marsad backup manifest of a version
   *     this code reads
   */
  static BackupManifest parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a Marsad backup: its manifest is not JSON");
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not a Marsad backup: its manifest does not say format '" + FORMAT + "'");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "backup format version " + version + "; this Marsad reads version " + VERSION + " only");
    }
    try {
      List<TableEntry> tables = new ArrayList<>();
      for (JsonNode t : root.withArray("tables")) {
        List<String> columns = new ArrayList<>();
        t.withArray("columns").forEach(c -> columns.add(c.asText()));
        tables.add(new TableEntry(t.path("name").asText(), columns, t.path("rows").asLong(-1),
            t.path("bytes").asLong(-1), t.path("sha256").asText()));
      }
      return new BackupManifest(root.path("schema_version").asText(), root.path("created_at").asText(), tables);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("corrupt backup: manifest: " + e.getMessage(), e);
    }
  }
}
