package org.marsad.store;

import java.nio.file.Path;
import java.time.Duration;
import org.marsad.core.source.SecretUrls;

/**
 * Where the store keeps its data: embedded PostgreSQL under a home directory (the default), or a
 * PostgreSQL server reached by JDBC URL. Immutable; contradictions fail here, not later.
 *
 * @param home the home directory; the embedded database keeps its data in {@code <home>/pgdata},
 *     its log in {@code <home>/postgres.log}. May be null only when {@code dbUrl} is given
 * @param dbUrl JDBC URL of a PostgreSQL 12+ server, e.g. {@code
 *     jdbc:postgresql://127.0.0.1:5432/marsad?user=u&password=p}; null for the embedded database
 * @param binaries where the embedded PostgreSQL binaries are unpacked (a cache, about 60 MB); null
 *     means {@code <home>/pgbin}. Only for the embedded database
 * @param startupWait how long to wait for the embedded server to accept connections; null means
 *     {@link #DEFAULT_STARTUP_WAIT}
 */
public record StoreConfig(Path home, String dbUrl, Path binaries, Duration startupWait) {

  /** Ten seconds: a normal start takes well under one, crash recovery a little more. */
  public static final Duration DEFAULT_STARTUP_WAIT = Duration.ofSeconds(10);

  public StoreConfig {
    if (home == null && dbUrl == null) {
      throw new IllegalArgumentException("the store needs a home directory or a database URL");
    }
    if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the database URL must start with jdbc:postgresql: dbUrl=" + SecretUrls.redact(dbUrl));
    }
    if (dbUrl != null && binaries != null) {
      throw new IllegalArgumentException(
          "binaries apply to the embedded database only, not to a server: binaries=" + binaries);
    }
    startupWait = startupWait == null ? DEFAULT_STARTUP_WAIT : startupWait;
    if (startupWait.isNegative() || startupWait.isZero()) {
      throw new IllegalArgumentException(
          "startupWait must be positive: startupWait=" + startupWait);
    }
    home = home == null ? null : home.toAbsolutePath().normalize();
    binaries = binaries == null ? null : binaries.toAbsolutePath().normalize();
  }

  /** The embedded database in {@code home}. */
  public static StoreConfig embedded(Path home) {
    return new StoreConfig(home, null, null, null);
  }

  /** A PostgreSQL server at {@code jdbcUrl}. */
  public static StoreConfig server(String jdbcUrl) {
    return new StoreConfig(null, jdbcUrl, null, null);
  }

  /**
   * This config with the embedded binaries unpacked in {@code dir}, e.g. a cache shared by tests.
   */
  public StoreConfig withBinaries(Path dir) {
    return new StoreConfig(home, dbUrl, dir, startupWait);
  }

  /** This config waiting at most {@code wait} for the embedded server to start. */
  public StoreConfig withStartupWait(Duration wait) {
    return new StoreConfig(home, dbUrl, binaries, wait);
  }

  /** Whether this is the embedded database rather than a server. */
  public boolean isEmbedded() {
    return dbUrl == null;
  }

  /** Where the embedded binaries go: {@link #binaries()}, or {@code <home>/pgbin}. */
  Path binariesOrDefault() {
    return binaries != null ? binaries : home.resolve("pgbin");
  }

  /** Keeps passwords out of logs and messages. */
  @Override
  public String toString() {
    return "StoreConfig[home="
        + home
        + ", dbUrl="
        + SecretUrls.redact(dbUrl)
        + ", binaries="
        + binaries
        + ", startupWait="
        + startupWait
        + "]";
  }
}
