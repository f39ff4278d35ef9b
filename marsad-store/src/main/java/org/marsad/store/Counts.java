package org.marsad.store;

/**
 * How much the store holds, read in one statement.
 *
 * @param documents stored documents, whatever their status
 * @param quarantined quarantined inputs
 * @param incidents incident events (not records or articles), rejected ones left out
 * @param responses response events, rejected ones left out
 */
public record Counts(long documents, long quarantined, long incidents, long responses) {

  public Counts {
    if (documents < 0 || quarantined < 0 || incidents < 0 || responses < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: documents="
              + documents
              + ", quarantined="
              + quarantined
              + ", incidents="
              + incidents
              + ", responses="
              + responses);
    }
  }
}
