package org.marsad.core.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Fetches URLs the way a polite crawler does: every URL (and every redirect) passes the
 * {@link AddressGuard}, and connections go only to the addresses the guard approved when it resolved
 * the host ({@link GuardedHttpClient}); robots.txt is read once per host (crawler-commons) and obeyed,
 * its Crawl-delay too; requests to one host are spaced by the policy's interval; conditional GET with
 * the ETag and Last-Modified of the previous answer. Needs a clock and a sleeper. Thread-safe; hosts
 * are spaced across threads. Close it to close its pooled connections.
 */
public final class PoliteFetcher implements AutoCloseable {

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final Clock clock;
  private final Sleeper sleeper;
  private final GuardedHttpClient client;
  private final String robotName;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Instant> nextAllowed = new HashMap<>();

  public PoliteFetcher(FetchPolicy policy, AddressGuard guard, Clock clock, Sleeper sleeper) {
    this.policy = policy;
    this.guard = guard;
    this.clock = clock;
    this.sleeper = sleeper;
    this.client = new GuardedHttpClient(guard, policy.timeout());
    this.robotName = policy.userAgent().split("[/\\s]")[0].toLowerCase(Locale.ROOT);
  }

  /**
   * GETs {@code uri}, sending {@code etag} and {@code lastModified} (either may be empty) as
   * validators.
   *
   * @throws RefusedUrl when the guard or robots.txt forbids the URL or a redirect
   * @throws UncheckedIOException when the request fails or the body is too long
   */
  public Fetched get(URI uri, String etag, String lastModified) throws InterruptedException {
    URI current = uri;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      guard.checkSchemeAndHost(current);
      if (!rules(current).isAllowed(current.toString())) {
        throw new RefusedUrl(current, "robots.txt of " + current.getHost() + " disallows it for " + robotName);
      }
      HttpGet request = get(current);
      if (hop == 0 && etag != null && !etag.isEmpty()) {
        request.setHeader("If-None-Match", etag);
      }
      if (hop == 0 && lastModified != null && !lastModified.isEmpty()) {
        request.setHeader("If-Modified-Since", lastModified);
      }
      ClassicHttpResponse response = send(current, request);
      int status = response.getCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = header(response, "Location");
        GuardedHttpClient.abort(response);
        if (location.isEmpty()) {
          return new Fetched(current, status, new byte[0], "", "");
        }
        current = current.resolve(location);
        continue;
      }
      byte[] body = status == 304 ? close(response) : read(current, response);
      return new Fetched(current, status, body, header(response, "ETag"), header(response, "Last-Modified"));
    }
    throw new RefusedUrl(uri, "more than " + policy.maxRedirects() + " redirects");
  }

  @Override
  public void close() {
    client.close();
  }

  private HttpGet get(URI uri) {
    HttpGet request = new HttpGet(uri);
    request.setHeader("User-Agent", policy.userAgent());
    return request;
  }

  /** Sends {@code request} in the host's turn; the guard checks the addresses connected to. */
  private ClassicHttpResponse send(URI uri, HttpGet request) throws InterruptedException {
    waitTurn(uri);
    try {
      return client.open(request);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + SecretUrls.redact(uri.toString()) + " failed: " + e.getMessage(), e);
    }
  }

  /** Waits until the host may be asked again, and books the next turn. */
  private void waitTurn(URI uri) throws InterruptedException {
    String host = hostKey(uri);
    Duration interval = policy.perHostInterval();
    BaseRobotRules r = robots.get(host);
    if (r != null && r.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && r.getCrawlDelay() > interval.toMillis()) {
      interval = Duration.ofMillis(Math.min(r.getCrawlDelay(), 60_000));
    }
    Instant turn;
    synchronized (nextAllowed) {
      Instant now = clock.instant();
      Instant allowed = nextAllowed.getOrDefault(host, now);
      turn = allowed.isAfter(now) ? allowed : now;
      nextAllowed.put(host, turn.plus(interval));
    }
    Duration wait = Duration.between(clock.instant(), turn);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private BaseRobotRules rules(URI uri) throws InterruptedException {
    String host = hostKey(uri);
    BaseRobotRules known = robots.get(host);
    if (known != null) {
      return known;
    }
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    BaseRobotRules rules;
    try {
      ClassicHttpResponse response = send(robotsUri, get(robotsUri));
      int status = response.getCode();
      if (status == 200) {
        byte[] body = read(robotsUri, response);
        String type = header(response, "Content-Type");
        rules = parser.parseContent(robotsUri.toString(), body, type.isEmpty() ? "text/plain" : type, List.of(robotName));
      } else {
        GuardedHttpClient.abort(response);
        rules = parser.failedFetch(status);
      }
    } catch (UncheckedIOException e) {
      rules = parser.failedFetch(503);
    }
    robots.put(host, rules);
    return rules;
  }

  /** The body of {@code response}, at most the policy's bytes (a longer body is abandoned unread). */
  private byte[] read(URI uri, ClassicHttpResponse response) {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return close(response);
    }
    byte[] body;
    try {
      body = entity.getContent().readNBytes(policy.maxBytes() + 1);
    } catch (IOException e) {
      GuardedHttpClient.abort(response);
      throw new UncheckedIOException("reading " + SecretUrls.redact(uri.toString()) + " failed: " + e.getMessage(), e);
    }
    if (body.length > policy.maxBytes()) {
      GuardedHttpClient.abort(response);
      throw new UncheckedIOException(new IOException(SecretUrls.redact(uri.toString()) + ": body over "
          + policy.maxBytes() + " bytes"));
    }
    close(response);
    return body;
  }

  /** Closes {@code response} (its body read or empty); returns no bytes. */
  private static byte[] close(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // nothing to keep
    }
    return new byte[0];
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null || h.getValue() == null ? "" : h.getValue();
  }

  private static String hostKey(URI uri) {
    return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
  }
}
