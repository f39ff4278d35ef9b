package org.marsad.core.source;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;

/**
 * The answer to one polite GET.
 *
 * @param uri the URL finally answered (after redirects)
 * @param status HTTP status; 304 when the validators still hold
 * @param body the body, empty for 304
 * @param etag the ETag header, empty when none
 * @param lastModified the Last-Modified header, empty when none
 */
public record Fetched(URI uri, int status, byte[] body, String etag, String lastModified) {

  public Fetched {
    Objects.requireNonNull(uri, "uri");
    body = body == null ? new byte[0] : body;
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
  }

  public boolean notModified() {
    return status == 304;
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** Whether the server failed for now ({@link #failsForNow}): worth asking again later. */
  public boolean failedForNow() {
    return failsForNow(status);
  }

  /** Whether {@code status} says the server failed for now (a 5xx, or 429 too many requests), not for good. */
  static boolean failsForNow(int status) {
    return status >= 500 || status == 429;
  }

  /**
   * Whether a GET that threw {@code failure} instead of answering failed for now, worth trying again later: an
   * I/O error (timeout, connection refused or reset, host not found) or a refusal {@link RefusedUrl#forNow}
   * (robots.txt unreachable). Any other refusal (robots.txt disallows the URL, its address is refused, too many
   * redirects) or a URL that is not one ({@link IllegalArgumentException}) is for good.
   */
  static boolean failsForNow(RuntimeException failure) {
    return failure instanceof UncheckedIOException || failure instanceof RefusedUrl r && r.forNow();
  }
}
