package org.marsad.store;

import javax.sql.DataSource;

/**
 * A running PostgreSQL the store talks to: the embedded one under a home directory, or a server.
 * Thread-safe: the data source hands out a new connection per call. Closing stops an embedded
 * server and leaves a remote one alone.
 */
interface Database extends AutoCloseable {

  /** Connections to the store's database. */
  DataSource dataSource();

  /** The JDBC URL of the database, with the user and password its connections use. */
  String jdbcUrl();

  /** For people: which database this is, without passwords. */
  String description();

  @Override
  void close();

  /** Starts the embedded database or connects to the server that {@code config} names. */
  static Database open(StoreConfig config) {
    return config.isEmbedded()
        ? EmbeddedDatabase.start(config.home(), config.binariesOrDefault(), config.startupWait())
        : ServerDatabase.connect(config.dbUrl());
  }
}
