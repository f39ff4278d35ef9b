package org.marsad.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The analysts' view of a {@link Store}: queries over events and documents, the review workflow
 * with its audit log, and accounts. Needs an open store (which it does not own) and the clock that
 * stamps reviews, sessions and audit rows. Gives its parts over one small pool of connections, so a
 * web server does not open a PostgreSQL connection per request. Thread-safe; close it before the
 * store.
 */
public final class Workspace implements AutoCloseable {

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final EventQueries events;
  private final DocumentQueries documents;
  private final Reviews reviews;
  private final Accounts accounts;

  private Workspace(HikariDataSource pool, Clock clock) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.events = new EventQueries(jdbi);
    this.documents = new DocumentQueries(jdbi);
    this.reviews = new Reviews(jdbi, clock);
    this.accounts = new Accounts(jdbi, clock, PasswordHasher.standard());
  }

  /**
   * The workspace over {@code store}, with at most {@code connections} pooled connections.
   *
   * @throws IllegalArgumentException when {@code connections} is not between 1 and 64
   */
  public static Workspace over(Store store, Clock clock, int connections) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    if (connections < 1 || connections > 64) {
      throw new IllegalArgumentException("connections must be 1..64: connections=" + connections);
    }
    return new Workspace(ConnectionPool.over(store.database().dataSource(), "marsad-workspace", connections,
        Math.min(2, connections)), clock);
  }

  public EventQueries events() {
    return events;
  }

  public DocumentQueries documents() {
    return documents;
  }

  public Reviews reviews() {
    return reviews;
  }

  public Accounts accounts() {
    return accounts;
  }

  /** The pooled database, for bulk tools (the API benchmark) and test fixtures; not for handlers. */
  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    pool.close();
  }
}
