package org.marsad.store;

import java.util.Objects;

/**
 * A stored document's MinHash signature, as near-duplicate detection compares it.
 *
 * @param documentId the document
 * @param minhash its signature (copied in and out)
 * @param duplicateOf the document it is itself marked a near-duplicate of, or null
 */
public record DocumentSketch(String documentId, long[] minhash, String duplicateOf) {

  public DocumentSketch {
    Objects.requireNonNull(documentId, "documentId");
    minhash = Objects.requireNonNull(minhash, "minhash").clone();
  }

  @Override
  public long[] minhash() {
    return minhash.clone();
  }
}
