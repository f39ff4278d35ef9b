/**
 * Ingest: files (seed format, plain text, HTML, JSON Lines) in, {@link org.marsad.core.domain.Document}s and
 * {@link org.marsad.core.domain.Quarantined} items out.
 *
 * <p>The public surface is {@link org.marsad.core.ingest.Ingestor} (the entry point), its
 * {@link org.marsad.core.ingest.IngestConfig} and {@link org.marsad.core.ingest.IngestResult}, and
 * {@link org.marsad.core.ingest.DocumentId} (the one definition of a document's id). Readers, the decoder and
 * the normaliser are package-private.
 */
package org.marsad.core.ingest;
