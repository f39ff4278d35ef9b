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

  Optional<Document> find(String id);

  Optional<DocumentStatus> status(String id);

  /** Up to {@code limit} documents with status {@link DocumentStatus#INGESTED}, oldest first. */
  List<Document> needingProcessing(int limit);

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
}
