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
 * @param kind {@link #FEED} (RSS or Atom) or {@link #GDELT} (a GDELT lastupdate.txt or export)
 */
public record SourceState(String url, String etag, String lastModified, int failures, Instant nextPollAt,
    String lastStatus, String kind) {

  public static final String FEED = "feed";
  public static final String GDELT = "gdelt";

  public SourceState {
    Objects.requireNonNull(url, "url");
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
    lastStatus = lastStatus == null ? "" : lastStatus;
    kind = kind == null ? FEED : kind;
    if (!kind.equals(FEED) && !kind.equals(GDELT)) {
      throw new IllegalArgumentException("a source is a feed or gdelt, not " + kind + ": " + url);
    }
    if (failures < 0) {
      throw new IllegalArgumentException("failures must not be negative: " + failures + " for " + url);
    }
  }

  /** A feed's state. */
  public SourceState(String url, String etag, String lastModified, int failures, Instant nextPollAt,
      String lastStatus) {
    this(url, etag, lastModified, failures, nextPollAt, lastStatus, FEED);
  }

  /** A feed never polled. */
  public static SourceState fresh(String url) {
    return fresh(url, FEED);
  }

  /** A source of {@code kind} never polled. */
  public static SourceState fresh(String url, String kind) {
    return new SourceState(url, "", "", 0, null, "", kind);
  }

  /** The same source after a poll: its kind kept. */
  public SourceState polled(String etag, String lastModified, int failures, Instant nextPollAt, String lastStatus) {
    return new SourceState(url, etag, lastModified, failures, nextPollAt, lastStatus, kind);
  }

  /** Whether it may be polled at {@code now}. */
  public boolean due(Instant now) {
    return nextPollAt == null || !now.isBefore(nextPollAt);
  }
}
