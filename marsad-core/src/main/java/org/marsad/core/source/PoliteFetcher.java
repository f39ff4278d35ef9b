package org.marsad.core.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
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
 * the host ({@link GuardedHttpClient}); robots.txt is read per scheme, host and port (crawler-commons) and
 * obeyed, its Crawl-delay too; requests to one host are spaced by the policy's interval; conditional GET with
 * the ETag and Last-Modified of the previous answer. Needs a clock and a sleeper. Thread-safe; hosts
 * are spaced across threads. Close it to close its pooled connections; a closed fetcher refuses to fetch.
 *
 * <p>robots.txt as RFC 9309 says: up to {@value #ROBOTS_MAX_REDIRECTS} redirects are followed (to any host,
 * each through the guard); a 4xx answer, more redirects, or a redirect the guard refuses means no robots.txt
 * (everything allowed); a 5xx or 429 answer, a timeout or another I/O or DNS failure means unreachable:
 * everything is refused, with a message saying {@code unreachable (...), try later}, and robots.txt is asked
 * again after {@link #ROBOTS_RETRY}. Rules read (or found absent) are kept for {@link #ROBOTS_KEEP}.
 */
public final class PoliteFetcher implements AutoCloseable {

  /** How a refusal that may pass ({@link RefusedUrl#forNow}: robots.txt unreachable for now) ends its message. */
  public static final String TRY_LATER = "try later";

  /** Redirects followed for robots.txt (RFC 9309 asks for at least five). */
  static final int ROBOTS_MAX_REDIRECTS = 5;
  /** How long robots.txt rules (or their absence) are kept. */
  static final Duration ROBOTS_KEEP = Duration.ofHours(24);
  /** How long an unreachable robots.txt refuses everything before it is asked again. */
  static final Duration ROBOTS_RETRY = Duration.ofMinutes(10);

  /** A host's robots.txt as read: the rules, until when they hold, and why it was unreachable (or null). */
  private record Robots(BaseRobotRules rules, Instant until, String unreachable) {}

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final Clock clock;
  private final Sleeper sleeper;
  private final GuardedHttpClient client;
  private final String robotName;
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();
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
   * @throws RefusedUrl when the guard or robots.txt forbids the URL or a redirect ({@link RefusedUrl#forNow} when
   *     robots.txt is unreachable for now)
   * @throws UncheckedIOException when the request fails or the body is too long
   */
  public Fetched get(URI uri, String etag, String lastModified) throws InterruptedException {
    URI current = uri;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      guard.checkSchemeAndHost(current);
      Robots robotsTxt = robots(current);
      if (!robotsTxt.rules().isAllowed(current.toString())) {
        throw robotsTxt.unreachable() != null
            ? RefusedUrl.tryLater(current, "robots.txt of " + current.getHost() + " unreachable ("
                + robotsTxt.unreachable() + ")")
            : new RefusedUrl(current, "robots.txt of " + current.getHost() + " disallows it for " + robotName);
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
    Robots known = robots.get(robotsKey(uri));
    BaseRobotRules r = known == null ? null : known.rules();
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

  /** The robots.txt of {@code uri}'s scheme, host and port: kept, or read when not kept or out of date. */
  private Robots robots(URI uri) throws InterruptedException {
    String key = robotsKey(uri);
    Robots known = robots.get(key);
    if (known != null && clock.instant().isBefore(known.until())) {
      return known;
    }
    Robots read = readRobots(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt"));
    robots.put(key, read);
    return read;
  }

  /**
   * Reads robots.txt at {@code robotsUri}, following redirects.
   *
   * @throws RefusedUrl when the guard refuses robotsUri itself (the page's own host)
   */
  private Robots readRobots(URI robotsUri) throws InterruptedException {
    URI current = robotsUri;
    for (int hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      ClassicHttpResponse response;
      try {
        response = send(current, get(current));
      } catch (RefusedUrl e) {
        if (hop == 0) {
          throw e;
        }
        return absent(); // a redirect the guard refuses is not followed: no robots.txt to read
      } catch (UncheckedIOException e) {
        return unreachable(e);
      }
      int status = response.getCode();
      if (status >= 300 && status < 400) {
        String location = header(response, "Location");
        GuardedHttpClient.abort(response);
        try {
          current = location.isEmpty() ? null : current.resolve(location);
        } catch (IllegalArgumentException e) {
          current = null;
        }
        if (current == null) {
          return absent();
        }
        continue;
      }
      if (status >= 200 && status < 300) {
        byte[] body;
        try {
          body = read(current, response);
        } catch (UncheckedIOException e) {
          return unreachable(e);
        }
        String type = header(response, "Content-Type");
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(current.toString(), body,
            type.isEmpty() ? "text/plain" : type, List.of(robotName));
        return new Robots(rules, clock.instant().plus(ROBOTS_KEEP), null);
      }
      GuardedHttpClient.abort(response);
      if (Fetched.failsForNow(status)) {
        return new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), clock.instant().plus(ROBOTS_RETRY),
            "HTTP " + status);
      }
      return absent(); // 4xx (and anything else unexpected): no robots.txt
    }
    return absent(); // more than ROBOTS_MAX_REDIRECTS redirects: unavailable, as RFC 9309 says
  }

  /** No robots.txt (4xx, too many redirects): everything allowed. */
  private Robots absent() {
    return new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), clock.instant().plus(ROBOTS_KEEP), null);
  }

  /** robots.txt unreachable (timeout, I/O or DNS failure): everything refused until it is asked again. */
  private Robots unreachable(UncheckedIOException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), clock.instant().plus(ROBOTS_RETRY),
        SecretUrls.redact(why));
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

  /** The key robots.txt is kept under: scheme, host and port (the scheme's default when the URL names none). */
  static String robotsKey(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }

  private static String hostKey(URI uri) {
    return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
  }
}
