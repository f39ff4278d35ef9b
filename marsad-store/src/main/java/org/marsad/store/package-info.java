/**
 * The store: PostgreSQL (embedded binaries under a home directory, or a server by JDBC URL), its
 * schema as Flyway migrations, and Jdbi repositories for documents, extracted records and the
 * quarantine.
 *
 * <p>Public surface: {@link org.marsad.store.Store}, {@link org.marsad.store.StoreConfig}, the
 * repository interfaces and the values they return. Everything else is package-private.
 */
package org.marsad.store;
