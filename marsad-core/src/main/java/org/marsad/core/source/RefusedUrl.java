package org.marsad.core.source;

import java.net.URI;

/** A URL the watcher will not fetch (scheme, private address, robots.txt), with the reason. */
public final class RefusedUrl extends RuntimeException {

  private final URI uri;

  /** A refusal whose message shows {@code uri} with its secrets masked ({@link SecretUrls#redact}). */
  public RefusedUrl(URI uri, String reason) {
    this(uri, SecretUrls.redact(String.valueOf(uri)), reason);
  }

  /** A refusal whose message shows {@code shown} for the URL (its host only, when the path may be a secret). */
  RefusedUrl(URI uri, String shown, String reason) {
    super(shown + ": " + reason);
    this.uri = uri;
  }

  public URI uri() {
    return uri;
  }
}
