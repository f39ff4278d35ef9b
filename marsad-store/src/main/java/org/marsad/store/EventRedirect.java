package org.marsad.store;

/**
 * Where the id of an event that no longer exists leads: the event it was merged into, or nowhere
 * ({@code toId} null) when it was deleted.
 */
public record EventRedirect(long fromId, Long toId) {

  /** Whether the event was deleted rather than merged. */
  public boolean gone() {
    return toId == null;
  }
}
