package org.marsad.core.geo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * An immutable multimap from name keys to int values, laid out in a few flat arrays so that a
 * million keys cost tens of megabytes rather than a hundred: all keys in one UTF-8 byte array, an
 * open-addressing table (load at most one half) of key numbers, and the values of each key as a run
 * of one int array.
 * Thread-safe once built; its {@link Builder} is not.
 */
final class NameIndex {

  private static final int[] NONE = new int[0];

  private final byte[] keyBytes;
  private final int[] keyStart;
  private final int[] valueStart;
  private final int[] values;
  private final int[] slots;

  private NameIndex(byte[] keyBytes, int[] keyStart, int[] valueStart, int[] values, int[] slots) {
    this.keyBytes = keyBytes;
    this.keyStart = keyStart;
    this.valueStart = valueStart;
    this.values = values;
    this.slots = slots;
  }

  /** The values added under {@code key}, in the order they were added; empty when none. */
  int[] get(String key) {
    byte[] query = key.getBytes(UTF_8);
    int mask = slots.length - 1;
    for (int i = hash(query, 0, query.length) & mask; ; i = (i + 1) & mask) {
      int k = slots[i] - 1;
      if (k < 0) {
        return NONE;
      }
      if (Arrays.equals(keyBytes, keyStart[k], keyStart[k + 1], query, 0, query.length)) {
        return Arrays.copyOfRange(values, valueStart[k], valueStart[k + 1]);
      }
    }
  }

  /** The number of distinct keys. */
  int keys() {
    return keyStart.length - 1;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }

  /**
   * Collects key-value pairs straight into the final layout: keys are appended to the byte array
   * once, on first sight, so that building keeps few objects alive. Not thread-safe; use once.
   */
  static final class Builder {
    private byte[] keyBytes = new byte[1 << 16];
    private int byteCount;
    private int[] keyStart = new int[1 << 12];
    private int[] keyHash = new int[1 << 12];
    private int keyCount;
    private int[] slots = new int[1 << 13];
    private int[] pairKey = new int[1 << 12];
    private int[] pairValue = new int[1 << 12];
    private int pairCount;

    /** Adds {@code value} under {@code key}; an empty key is ignored. */
    Builder add(String key, int value) {
      if (key.isEmpty()) {
        return this;
      }
      byte[] bytes = key.getBytes(UTF_8);
      int hash = hash(bytes, 0, bytes.length);
      int mask = slots.length - 1;
      int s = hash & mask;
      int k;
      while ((k = slots[s] - 1) >= 0
          && !(keyHash[k] == hash
              && Arrays.equals(keyBytes, keyStart[k], keyStart[k] + length(k), bytes, 0, bytes.length))) {
        s = (s + 1) & mask;
      }
      if (k < 0) {
        k = newKey(bytes, hash);
        slots[s] = k + 1;
        if (keyCount * 2 > slots.length) {
          rehash();
        }
      }
      if (pairCount == pairKey.length) {
        pairKey = Arrays.copyOf(pairKey, grow(pairCount));
        pairValue = Arrays.copyOf(pairValue, pairKey.length);
      }
      pairKey[pairCount] = k;
      pairValue[pairCount++] = value;
      return this;
    }

    private int length(int k) {
      return (k + 1 < keyCount ? keyStart[k + 1] : byteCount) - keyStart[k];
    }

    private int newKey(byte[] bytes, int hash) {
      if (byteCount + bytes.length > keyBytes.length) {
        keyBytes = Arrays.copyOf(keyBytes, Math.max(grow(keyBytes.length), byteCount + bytes.length));
      }
      if (keyCount + 1 >= keyStart.length) {
        keyStart = Arrays.copyOf(keyStart, grow(keyStart.length));
        keyHash = Arrays.copyOf(keyHash, keyStart.length);
      }
      System.arraycopy(bytes, 0, keyBytes, byteCount, bytes.length);
      keyStart[keyCount] = byteCount;
      keyHash[keyCount] = hash;
      byteCount += bytes.length;
      return keyCount++;
    }

    private void rehash() {
      int[] bigger = new int[grow(slots.length)];
      int mask = bigger.length - 1;
      for (int k = 0; k < keyCount; k++) {
        int s = keyHash[k] & mask;
        while (bigger[s] != 0) {
          s = (s + 1) & mask;
        }
        bigger[s] = k + 1;
      }
      slots = bigger;
    }

    private static int grow(int length) {
      if (length >= Integer.MAX_VALUE / 2) {
        throw new IllegalStateException("name index too large: " + length);
      }
      return length * 2;
    }

    NameIndex build() {
      int[] starts = Arrays.copyOf(keyStart, keyCount + 1);
      starts[keyCount] = byteCount;
      int[] valueStart = new int[keyCount + 1];
      for (int i = 0; i < pairCount; i++) {
        valueStart[pairKey[i] + 1]++;
      }
      for (int k = 0; k < keyCount; k++) {
        valueStart[k + 1] += valueStart[k];
      }
      int[] fill = Arrays.copyOf(valueStart, keyCount);
      int[] values = new int[pairCount];
      for (int i = 0; i < pairCount; i++) {
        values[fill[pairKey[i]]++] = pairValue[i];
      }
      NameIndex index =
          new NameIndex(Arrays.copyOf(keyBytes, byteCount), starts, valueStart, values, slots);
      keyBytes = null;
      pairKey = null;
      pairValue = null;
      return index;
    }
  }
}
