package org.marsad.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An article URL a GDELT event points at, queued to fetch (schema V10).
 *
 * @param url the article's URL
 * @param origin the GDELT file or source it was first read from
 * @param firstSeenAt when it was queued
 * @param fetchedAt when it was fetched (whatever the outcome); null while queued
 * @param outcome one line: stored, quarantined, the HTTP status or the error; empty while queued
 */
public record Lead(String url, String origin, Instant firstSeenAt, Instant fetchedAt, String outcome) {
  public Lead {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    origin = origin == null ? "" : origin;
    outcome = outcome == null ? "" : outcome;
  }
}
