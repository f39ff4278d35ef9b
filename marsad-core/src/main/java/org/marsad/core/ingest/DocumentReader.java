package org.marsad.core.ingest;

/**
 * Reads one input of a known format into documents, or quarantines it (or parts of it).
 *
 * <p>Contract: never throws for any input; returns at least one document or quarantined item.
 * Implementations are immutable and thread-safe.
 */
interface DocumentReader {

  /** Reads {@code input}; see the contract above. */
  IngestResult read(SourceText input);
}
