package org.marsad.core.dedup;

import java.util.Objects;

/**
 * Where one arriving document went, and why: the decision trail of clustering.
 *
 * @param documentId the document
 * @param event the event (cluster) it joined or started, numbered from 0 in order of creation
 * @param signal {@code new}, {@code near_duplicate} or {@code same_event} with the signals'
 *     values, e.g. {@code same_event:words=0.31,names=0.42,year=0.00}
 * @param score the Jaccard similarity (near-duplicates) or the clustering score; 0 for new events
 * @param duplicateOf the document it is a near-duplicate of, or null
 * @param merged events that the arrival of this document merged into {@code event} (average
 *     linkage between the events reached the threshold); their documents now belong to it
 */
public record Assignment(String documentId, int event, String signal, double score, String duplicateOf,
    java.util.List<Integer> merged) {

  public Assignment(String documentId, int event, String signal, double score, String duplicateOf) {
    this(documentId, event, signal, score, duplicateOf, java.util.List.of());
  }

  public Assignment withMerged(java.util.List<Integer> events) {
    return new Assignment(documentId, event, signal, score, duplicateOf, events);
  }

  public Assignment {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(signal, "signal");
    merged = java.util.List.copyOf(merged);
    if (event < 0) {
      throw new IllegalArgumentException("event must not be negative: event=" + event);
    }
  }
}
