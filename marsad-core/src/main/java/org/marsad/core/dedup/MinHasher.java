package org.marsad.core.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash sketches of a text's word shingles, for near-duplicate detection (syndicated copies,
 * updates of one story): {@link #HASHES} minima of seeded 64-bit mixes of the hashes of {@link
 * #SHINGLE}-word shingles, cut into {@link #BANDS} LSH bands of {@link #ROWS} rows. Texts sharing a
 * band are candidates; their estimated Jaccard similarity decides. One pass over the text, so
 * linear in its length. Stateless and thread-safe.
 */
public final class MinHasher {

  /** Scheme id, stored with sketches so that a change of scheme is noticed. */
  public static final String SCHEME = "minhash-w4-h64-b16x4-v1";

  public static final int SHINGLE = 4;
  public static final int HASHES = 64;
  public static final int BANDS = 16;
  public static final int ROWS = HASHES / BANDS;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  private MinHasher() {}

  /** The signature of {@code text}; all {@code Long.MAX_VALUE} when it has no words. */
  public static long[] signature(String text) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int seen = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      window[seen % SHINGLE] = hash(m.group().toLowerCase(Locale.ROOT));
      seen++;
      if (seen >= SHINGLE) {
        long h = 0;
        for (int k = 0; k < SHINGLE; k++) {
          h = h * 0x100000001B3L + window[(seen + k) % SHINGLE];
        }
        update(sig, h);
      }
    }
    if (seen > 0 && seen < SHINGLE) { // a text shorter than one shingle: its words as one
      long h = 0;
      for (int k = 0; k < seen; k++) {
        h = h * 0x100000001B3L + window[k];
      }
      update(sig, h);
    }
    return sig;
  }

  private static void update(long[] sig, long h) {
    for (int i = 0; i < HASHES; i++) {
      long v = mix(h ^ SEEDS[i]);
      if (v < sig[i]) {
        sig[i] = v;
      }
    }
  }

  /** The {@link #BANDS} band keys of a signature; the band number is mixed in. */
  public static long[] bands(long[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The share of equal minima: an estimate of the Jaccard similarity of the shingle sets. */
  public static double jaccard(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
