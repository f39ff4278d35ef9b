package org.marsad.core.source;

import java.net.URI;

/**
 * A URL the watcher will not fetch (scheme, private address, robots.txt), with the reason. A refusal is for
 * good (robots.txt disallows the URL, its address is refused, too many redirects) unless it is {@link #forNow}:
 * robots.txt was unreachable, so the URL may be fetched later.
 */
public final class RefusedUrl extends RuntimeException {

  private final URI uri;
  private final boolean forNow;

  /** A refusal for good whose message shows {@code uri} with its secrets masked ({@link SecretUrls#redact}). */
  public RefusedUrl(URI uri, String reason) {
    this(uri, SecretUrls.redact(String.valueOf(uri)), reason, false);
  }

  /** A refusal for good whose message shows {@code shown} for the URL (its host only: the path may be a secret). */
  RefusedUrl(URI uri, String shown, String reason) {
    this(uri, shown, reason, false);
  }

  private RefusedUrl(URI uri, String shown, String reason, boolean forNow) {
    super(shown + ": " + reason);
    this.uri = uri;
    this.forNow = forNow;
  }

  /**
   * A refusal that may pass, worth trying again later: its message shows {@code uri} with its secrets masked and
   * ends with {@code reason, }{@value PoliteFetcher#TRY_LATER}.
   */
  static RefusedUrl tryLater(URI uri, String reason) {
    return new RefusedUrl(uri, SecretUrls.redact(String.valueOf(uri)), reason + ", " + PoliteFetcher.TRY_LATER, true);
  }

  public URI uri() {
    return uri;
  }

  /** Whether the refusal may pass (robots.txt unreachable for now), so that the URL is worth trying again later. */
  public boolean forNow() {
    return forNow;
  }
}
