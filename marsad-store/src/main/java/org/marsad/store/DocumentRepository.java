package org.marsad.store;

import java.util.List;
import java.util.Optional;
import org.marsad.core.domain.Document;

/**
 * Stored documents and where each is in the flow. Thread-safe. A document's id is the hash of its
 * content, so storing the same content twice stores it once.
 */
public interface DocumentRepository {

  /**
   * Stores {@code document} with status {@link DocumentStatus#INGESTED} unless one with its id is
   * stored.
   *
   * @return whether it was new
   * @throws IllegalArgumentException when a field holds a NUL character, which PostgreSQL text
   *     cannot hold
   */
  boolean insertIfAbsent(Document document);

  /**
   * Stores each of {@code documents} as {@link #insertIfAbsent} does, all in one transaction: after a
   * crash either all of them are stored or none of the new ones is.
   *
   * @return how many were new
   * @throws IllegalArgumentException when a field holds a NUL character; nothing is stored then
   */
  int insertAllIfAbsent(List<Document> documents);

  Optional<Document> find(String id);

  Optional<DocumentStatus> status(String id);

  /** Up to {@code limit} documents with status {@link DocumentStatus#INGESTED}, oldest first. */
  List<Document> needingProcessing(int limit);

  /**
   * Sets every document that is not {@link DocumentStatus#INGESTED} back to it, so that the next
   * processing run reads all documents again ({@code marsad process --again}).
   *
   * @return how many documents were re-queued
   */
  int requeueAll();

  /**
   * Sets the status of the document {@code id}.
   *
   * @throws IllegalArgumentException when no such document is stored
   */
  void markStatus(String id, DocumentStatus status);

  /**
   * Sets the status of the document {@code id} and the language found for it ({@code null} keeps
   * the stored one).
   *
   * @throws IllegalArgumentException when no such document is stored
   */
  void markStatus(String id, DocumentStatus status, String language);

  /**
   * Marks document {@code id} as a near-duplicate (syndicated copy, update) of {@code originalId},
   * or clears the mark when {@code originalId} is null.
   *
   * @throws IllegalArgumentException when either document is not stored, or they are the same
   */
  void markDuplicate(String id, String originalId);

  /** The document that {@code id} is a near-duplicate of, if it is marked as one. */
  Optional<String> duplicateOf(String id);

  /**
   * Stores (or replaces) the near-duplicate sketch of document {@code id}: its MinHash signature
   * under {@code scheme}, and one LSH band key per band ({@code bands[i]} is band {@code i}'s).
   *
   * @throws IllegalArgumentException when no such document is stored
   */
  void saveSketch(String id, String scheme, long[] minhash, long[] bands);

  /**
   * The sketches of {@code scheme} of the documents other than {@code id} that share at least one
   * band key with {@code bands}: the candidates for near-duplicates, found by index, never by
   * comparing all documents.
   */
  List<DocumentSketch> sharingBands(String id, String scheme, long[] bands);
}
