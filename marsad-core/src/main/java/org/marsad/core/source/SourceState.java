package org.marsad.core.source;

import java.time.Instant;
import java.util.Objects;

/**
 * A watched feed and what polling it has learnt: the validators of its last answer, how many polls
 * in a row failed, and when it may be polled next.
 *
 * @param url the feed's URL
 * @param etag the ETag of its last answer, empty when none
 * @param lastModified the Last-Modified of its last answer, empty when none
 * @param failures polls failed in a row
 * @param nextPollAt not polled before this instant; null: at once
 * @param lastStatus the outcome of the last poll ("200", "304", or the error), empty before any
 */
public record SourceState(String url, String etag, String lastModified, int failures, Instant nextPollAt,
    String lastStatus) {

  public SourceState {
    Objects.requireNonNull(url, "url");
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
    lastStatus = lastStatus == null ? "" : lastStatus;
    if (failures < 0) {
      throw new IllegalArgumentException("failures must not be negative: " + failures + " for " + url);
    }
  }

  /** A feed never polled. */
  public static SourceState fresh(String url) {
    return new SourceState(url, "", "", 0, null, "");
  }

  /** Whether it may be polled at {@code now}. */
  public boolean due(Instant now) {
    return nextPollAt == null || !now.isBefore(nextPollAt);
  }
}
