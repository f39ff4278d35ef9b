package org.marsad.core.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely the watcher fetches.
 *
 * @param userAgent the User-Agent sent, and the agent robots.txt rules are read for
 * @param perHostInterval least time between two requests to one host
 * @param timeout connect and read time limit of one request
 * @param maxBytes largest body read; longer bodies fail
 * @param maxRedirects redirects followed, each checked like the first URL
 */
public record FetchPolicy(String userAgent, Duration perHostInterval, Duration timeout, int maxBytes, int maxRedirects) {

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (perHostInterval.isNegative() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("need perHostInterval >= 0 and timeout > 0: perHostInterval="
          + perHostInterval + ", timeout=" + timeout);
    }
    if (maxBytes < 1 || maxRedirects < 0) {
      throw new IllegalArgumentException("need maxBytes >= 1 and maxRedirects >= 0: maxBytes=" + maxBytes
          + ", maxRedirects=" + maxRedirects);
    }
  }

  /** One request per host every two seconds, 20 s time limit, 10 MB, 5 redirects. */
  public static FetchPolicy defaults() {
    return new FetchPolicy("MarsadBot/0.1 (+https://github.com/marsad; news observatory)", Duration.ofSeconds(2),
        Duration.ofSeconds(20), 10 * 1024 * 1024, 5);
  }
}
