package org.marsad.core.source;

import java.net.URI;

/** A URL the watcher will not fetch (scheme, private address, robots.txt), with the reason. */
public final class RefusedUrl extends RuntimeException {

  private final URI uri;

  public RefusedUrl(URI uri, String reason) {
    super(SecretUrls.redact(String.valueOf(uri)) + ": " + reason);
    this.uri = uri;
  }

  public URI uri() {
    return uri;
  }
}
