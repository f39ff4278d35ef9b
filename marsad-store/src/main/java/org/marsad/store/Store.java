package org.marsad.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The store: opens the database that a {@link StoreConfig} names (embedded PostgreSQL under the
 * home directory, or a server), brings its schema up to date, and hands out the repositories. Needs
 * the clock that stamps stored rows. Its repositories share a small pool of connections ({@value
 * #CONNECTIONS} at most), because every new PostgreSQL connection starts a server process: a
 * pipeline storing each document over a connection of its own spent a good part of a core on
 * that. Thread-safe; close it once, which closes the pool and stops an embedded server.
 *
 * <pre>{@code
 * try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC())) {
 *   store.documents().insertIfAbsent(document);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  /** Connections the store's repositories share at most; more callers wait for one. */
  static final int CONNECTIONS = 4;

  private final Database database;
  private final HikariDataSource pool;
  private final DocumentRepository documents;
  private final RecordRepository records;
  private final QuarantineRepository quarantine;
  private final ReportEvents reportEvents;
  private final EventRepository events;
  private final SourceRepository sources;
  private final LeadRepository leads;
  private final AlertLog alerts;
  private final Jdbi jdbi;

  private Store(Database database, HikariDataSource pool, Clock clock) {
    this.database = database;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.documents = new JdbiDocumentRepository(jdbi, clock);
    this.records = new JdbiRecordRepository(jdbi, clock);
    this.quarantine = new JdbiQuarantineRepository(jdbi, clock);
    this.reportEvents = new JdbiReportEvents(jdbi);
    this.events = new JdbiEventRepository(jdbi, clock);
    this.sources = new JdbiSourceRepository(jdbi, clock);
    this.leads = new JdbiLeadRepository(jdbi, clock);
    this.alerts = new JdbiAlertLog(jdbi, clock);
  }

  /**
   * Opens the store.
   *
   * @throws IllegalStateException when the database cannot be started, reached or migrated, or its
   *     home is in use by another process; the message says why
   */
  public static Store open(StoreConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Database database = Database.open(config);
    try {
      Migrations.apply(database.dataSource(), database.description());
      return new Store(database, ConnectionPool.over(database.dataSource(), "marsad-store", CONNECTIONS, 1), clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public DocumentRepository documents() {
    return documents;
  }

  public RecordRepository records() {
    return records;
  }

  public QuarantineRepository quarantine() {
    return quarantine;
  }

  /** The events reports cover, read in bulk. */
  public ReportEvents reportEvents() {
    return reportEvents;
  }

  /** Events: incidents and responses, each with its sources; what every count counts. */
  public EventRepository events() {
    return events;
  }

  /** The feeds the watcher polls (schema V5). */
  public SourceRepository sources() {
    return sources;
  }

  /** The article URLs from GDELT queued to fetch (schema V10). */
  public LeadRepository leads() {
    return leads;
  }

  /** The spike alerts sent to webhooks, or skipped at a webhook's first use (schema V9, V12). */
  public AlertLog alerts() {
    return alerts;
  }

  /**
   * What the store holds, counted in one statement: incidents and responses are events (one per
   * real-world incident or response, whatever its number of sources), rejected ones left out.
   */
  public Counts counts() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select"
                        + " (select count(*) from documents) as documents,"
                        + " (select count(*) from quarantine) as quarantined,"
                        + " (select count(*) from events where kind = 'incident'"
                        + " and status <> 'rejected') as incidents,"
                        + " (select count(*) from events where kind = 'response'"
                        + " and status <> 'rejected') as responses")
                .map(
                    (rs, ctx) ->
                        new Counts(
                            rs.getLong("documents"),
                            rs.getLong("quarantined"),
                            rs.getLong("incidents"),
                            rs.getLong("responses")))
                .one());
  }

  /**
   * The JDBC URL of this store's database, password included, for clients that open their own
   * connections (the scale-out host's sink, or a benchmark that feeds it). Keep it out of logs.
   */
  public String jdbcUrl() {
    return database.jdbcUrl();
  }

  /** For people: which database this store uses, without passwords. */
  public String description() {
    return database.description();
  }

  /** The database underneath, for tests in this package. */
  Database database() {
    return database;
  }

  @Override
  public void close() {
    try {
      pool.close();
    } finally {
      database.close();
    }
  }
}
