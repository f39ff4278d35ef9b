package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of the store's schema as the database describes them (never a hard-coded list, so tables that later
 * migrations add are included): each with its stored columns (generated columns left out, since they are
 * computed) and its identity columns, in an order where a table comes after the tables its foreign keys point
 * at. Flyway's own history table is not a table of the store.
 *
 * <p>Needs: an open connection. Gives: {@link Table}s. Thread-safety: stateless.
 */
final class StoreTables {

  static final String HISTORY = "flyway_schema_history";

  /**
   * A table of the store.
   *
   * @param name its name in the current schema
   * @param columns its stored (not generated) columns, in order
   * @param identity its identity columns, whose sequences a restore moves past the restored values
   */
  record Table(String name, List<String> columns, List<String> identity) {
    Table {
      columns = List.copyOf(columns);
      identity = List.copyOf(identity);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a table needs columns: " + name);
      }
    }

    String quotedColumns() {
      return String.join(", ", columns.stream().map(StoreTables::quote).toList());
    }
  }

  private StoreTables() {}

  /** The tables, parents before children. */
  static List<Table> list(Connection c) throws SQLException {
    Map<String, Table> tables = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(
        // a column counts as an identity when it is one or owns a sequence (serial, or OWNED BY)
        "select t.relname, a.attname,"
            + " a.attidentity <> '' or pg_get_serial_sequence(quote_ident(t.relname), a.attname) is not null"
            + " from pg_class t"
            + " join pg_namespace n on n.oid = t.relnamespace"
            + " join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped"
            + " where n.nspname = current_schema() and t.relkind in ('r', 'p') and t.relname <> ?"
            + " and a.attgenerated = '' order by t.relname, a.attnum")) {
      s.setString(1, HISTORY);
      Map<String, List<String>> columns = new LinkedHashMap<>();
      Map<String, List<String>> identity = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          columns.computeIfAbsent(table, k -> new ArrayList<>()).add(rs.getString(2));
          List<String> ids = identity.computeIfAbsent(table, k -> new ArrayList<>());
          if (rs.getBoolean(3)) {
            ids.add(rs.getString(2));
          }
        }
      }
      columns.forEach((t, cols) -> tables.put(t, new Table(t, cols, identity.get(t))));
    }
    Map<String, Set<String>> parents = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "select child.relname, parent.relname from pg_constraint k"
            + " join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid"
            + " join pg_namespace n on n.oid = child.relnamespace"
            + " where k.contype = 'f' and n.nspname = current_schema()");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (!rs.getString(1).equals(rs.getString(2))) { // a self-reference is checked at the end of its COPY
          parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
      }
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (String name : tables.keySet()) {
      visit(name, tables, parents, done, new LinkedHashSet<>(), ordered);
    }
    return ordered;
  }

  private static void visit(String name, Map<String, Table> tables, Map<String, Set<String>> parents,
      Set<String> done, Set<String> path, List<Table> ordered) {
    if (done.contains(name) || !tables.containsKey(name)) {
      return;
    }
    if (!path.add(name)) {
      throw new IllegalStateException("foreign keys form a cycle through " + path + "; cannot order a restore");
    }
    for (String parent : parents.getOrDefault(name, Set.of())) {
      visit(parent, tables, parents, done, path, ordered);
    }
    path.remove(name);
    done.add(name);
    ordered.add(tables.get(name));
  }

  /** The schema version Flyway last applied, e.g. {@code 2}; empty before any migration. */
  static Optional<String> schemaVersion(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select version from " + HISTORY
        + " where success and version is not null order by installed_rank desc limit 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /** The versions Flyway applied with success to this schema, e.g. {@code [1, 2, 3]}. */
  static Set<String> appliedVersions(Connection c) throws SQLException {
    Set<String> versions = new LinkedHashSet<>();
    try (PreparedStatement s = c.prepareStatement("select version from " + HISTORY
        + " where success and version is not null order by installed_rank");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  /** The schema unqualified names resolve to (the first of the search path that exists). */
  static String currentSchema(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select current_schema()"); ResultSet rs = s.executeQuery()) {
      if (!rs.next() || rs.getString(1) == null) {
        throw new SQLException("no current schema: the search path names no schema that exists");
      }
      return rs.getString(1);
    }
  }

  /**
   * Makes {@code schema} the whole search path until the end of the current transaction (so {@link #list} and
   * unqualified names, also those in trigger functions, mean its tables); {@code c} must be in a transaction.
   */
  static void useSchemaInTransaction(Connection c, String schema) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('search_path', quote_ident(?), true)")) {
      s.setString(1, schema);
      s.execute();
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
