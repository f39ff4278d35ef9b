package org.marsad.core.eval.geo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * A fixed split of a corpus that defines none into a development half (for tuning) and a test
 * half (for reporting): a document is in dev when the first four bytes of SHA-256 of {@code
 * "marsad-geo-split-v1:" + corpus + ":" + docId}, read as an unsigned number, are even. The same
 * document always falls on the same side, on every machine. Stateless and thread-safe.
 */
public enum DocSplit {
  DEV,
  TEST,
  ALL;

  private static final String SEED = "marsad-geo-split-v1:";

  /** The split named {@code name} (dev, test or all; either case). */
  public static DocSplit of(String name) {
    Objects.requireNonNull(name, "name");
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("split must be dev, test or all: " + name, e);
    }
  }

  /** Whether the document {@code docId} of {@code corpus} belongs to this split. */
  public boolean contains(String corpus, String docId) {
    return this == ALL || (isDev(corpus, docId) == (this == DEV));
  }

  static boolean isDev(String corpus, String docId) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((SEED + corpus + ":" + docId).getBytes(StandardCharsets.UTF_8));
      return (h[3] & 1) == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
