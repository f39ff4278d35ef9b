package org.marsad.core.ingest;

import java.util.function.Consumer;

/**
 * Reads one input of a known format into documents, or quarantines it (or parts of it).
 *
 * <p>Contract: never throws for any input; returns at least one document or quarantined item.
 * Implementations are immutable and thread-safe.
 */
interface DocumentReader {

  /** Reads {@code input}; see the contract above. */
  IngestResult read(SourceText input);

  /**
   * Reads {@code input} in parts, handing each to {@code sink} as it is read, so that a reader of many
   * documents per input (JSON Lines) need not hold them all; by default, one part: {@link #read(SourceText)}.
   */
  default void read(SourceText input, Consumer<IngestResult> sink) {
    sink.accept(read(input));
  }
}
