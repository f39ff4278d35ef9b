package org.marsad.app;

import org.marsad.core.source.SecretUrls;

/** Turns an exception into the one line a person reads when a command fails, secrets in URLs masked. */
final class ExitReasons {

  private ExitReasons() {}

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null || root instanceof java.util.concurrent.ExecutionException)) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return SecretUrls.redact(message.replaceAll("\\s+", " ").trim());
  }
}
