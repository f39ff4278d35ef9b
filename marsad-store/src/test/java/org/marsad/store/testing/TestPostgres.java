package org.marsad.store.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server of the tests, named by env {@code MARSAD_TEST_PG_URL} (set by {@code eval
 * "$(tools/start-test-postgres.sh)"}, which {@code .ci/run} does). Without it a test skips, except
 * under CI ({@code CI=true}), where it fails. Each test gets a database of its own. Shared with the other
 * modules' tests through marsad-store's test jar.
 */
public final class TestPostgres {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

  private TestPostgres() {}

  /** The server's URL; skips the test (fails it under CI) when none is set. */
  public static String serverUrl() {
    String url = System.getenv("MARSAD_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but MARSAD_TEST_PG_URL is not set: .ci/run starts the server with"
            + " tools/start-test-postgres.sh");
      }
      assumeTrue(false, "MARSAD_TEST_PG_URL is not set; eval \"$(tools/start-test-postgres.sh)\" to run");
    }
    return url;
  }

  /** A new empty database on the test server; returns its URL. */
  public static String freshDatabase(String prefix) {
    String base = serverUrl();
    String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
    execute(base, "create database " + name);
    return withDatabase(base, name);
  }

  /** Drops the database that {@code url} names (connecting to the server's own database). */
  public static void drop(String url) {
    Matcher m = matcher(url);
    execute(serverUrl(), "drop database if exists " + m.group(2) + " with (force)");
  }

  public static String withDatabase(String url, String database) {
    Matcher m = matcher(url);
    return m.group(1) + database + m.group(3);
  }

  private static Matcher matcher(String url) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + url);
    }
    return m;
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
