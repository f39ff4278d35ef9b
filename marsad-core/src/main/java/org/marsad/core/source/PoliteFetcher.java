package org.marsad.core.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches URLs the way a polite crawler does: every URL (and every redirect) passes the
 * {@link AddressGuard}; robots.txt is read once per host (crawler-commons) and obeyed, its
 * Crawl-delay too; requests to one host are spaced by the policy's interval; conditional GET with
 * the ETag and Last-Modified of the previous answer. Needs an {@link HttpClient}-capable runtime, a
 * clock and a sleeper. Thread-safe; hosts are spaced across threads.
 */
public final class PoliteFetcher {

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpClient client;
  private final String robotName;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Instant> nextAllowed = new HashMap<>();

  public PoliteFetcher(FetchPolicy policy, AddressGuard guard, Clock clock, Sleeper sleeper) {
    this.policy = policy;
    this.guard = guard;
    this.clock = clock;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.timeout()).build();
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
      guard.check(current);
      if (!rules(current).isAllowed(current.toString())) {
        throw new RefusedUrl(current, "robots.txt of " + current.getHost() + " disallows it for " + robotName);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(policy.timeout())
          .header("User-Agent", policy.userAgent()).GET();
      if (hop == 0 && etag != null && !etag.isEmpty()) {
        request.header("If-None-Match", etag);
      }
      if (hop == 0 && lastModified != null && !lastModified.isEmpty()) {
        request.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> response = send(current, request.build());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse("");
        drain(response);
        if (location.isEmpty()) {
          return new Fetched(current, status, new byte[0], "", "");
        }
        current = current.resolve(location);
        continue;
      }
      byte[] body = status == 304 ? new byte[0] : read(current, response);
      return new Fetched(current, status, body, response.headers().firstValue("ETag").orElse(""),
          response.headers().firstValue("Last-Modified").orElse(""));
    }
    throw new RefusedUrl(uri, "more than " + policy.maxRedirects() + " redirects");
  }

  private HttpResponse<InputStream> send(URI uri, HttpRequest request) throws InterruptedException {
    waitTurn(uri);
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
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
      HttpResponse<InputStream> response = send(robotsUri, HttpRequest.newBuilder(robotsUri)
          .timeout(policy.timeout()).header("User-Agent", policy.userAgent()).GET().build());
      int status = response.statusCode();
      if (status == 200) {
        byte[] body = read(robotsUri, response);
        rules = parser.parseContent(robotsUri.toString(), body,
            response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(robotName));
      } else {
        drain(response);
        rules = parser.failedFetch(status);
      }
    } catch (UncheckedIOException e) {
      rules = parser.failedFetch(503);
    }
    robots.put(host, rules);
    return rules;
  }

  private byte[] read(URI uri, HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      byte[] body = in.readNBytes(policy.maxBytes() + 1);
      if (body.length > policy.maxBytes()) {
        throw new UncheckedIOException(new IOException(uri + ": body over " + policy.maxBytes() + " bytes"));
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + SecretUrls.redact(uri.toString()) + " failed: " + e.getMessage(), e);
    }
  }

  private static void drain(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      // nothing to keep
    }
  }

  private static String hostKey(URI uri) {
    return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
  }
}
