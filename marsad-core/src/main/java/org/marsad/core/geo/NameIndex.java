package org.marsad.core.geo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable multimap from name keys to int values, laid out in a few flat arrays so that a
 * million keys cost tens of megabytes rather than a hundred: all keys in one UTF-8 byte array, an
 * open-addressing table of key numbers, and the values of each key as a run of one int array.
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

  /** Collects key-value pairs and lays them out. Not thread-safe; use once. */
  static final class Builder {
    private final Map<String, int[]> pending = new LinkedHashMap<>();
    private long pairs;

    /** Adds {@code value} under {@code key}; an empty key is ignored. */
    Builder add(String key, int value) {
      if (key.isEmpty()) {
        return this;
      }
      int[] run = pending.get(key);
      if (run == null) {
        run = new int[] {0, 0};
        pending.put(key, run);
      } else if (run[0] + 1 == run.length) {
        run = Arrays.copyOf(run, run.length * 2);
        pending.put(key, run);
      }
      run[++run[0]] = value;
      pairs++;
      return this;
    }

    NameIndex build() {
      int n = pending.size();
      if (pairs > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("too many values for one index: " + pairs);
      }
      byte[][] encoded = new byte[n][];
      int[] keyStart = new int[n + 1];
      int[] valueStart = new int[n + 1];
      int[] values = new int[(int) pairs];
      int k = 0;
      long bytes = 0;
      int v = 0;
      for (Map.Entry<String, int[]> e : pending.entrySet()) {
        encoded[k] = e.getKey().getBytes(UTF_8);
        bytes += encoded[k].length;
        int[] run = e.getValue();
        System.arraycopy(run, 1, values, v, run[0]);
        v += run[0];
        valueStart[++k] = v;
      }
      if (bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("keys too long for one index: " + bytes + " bytes");
      }
      byte[] keyBytes = new byte[(int) bytes];
      int at = 0;
      for (int i = 0; i < n; i++) {
        System.arraycopy(encoded[i], 0, keyBytes, at, encoded[i].length);
        at += encoded[i].length;
        keyStart[i + 1] = at;
      }
      int[] slots = new int[Integer.highestOneBit(n * 2 + 1) << 1];
      int mask = slots.length - 1;
      for (int i = 0; i < n; i++) {
        int s = hash(keyBytes, keyStart[i], keyStart[i + 1]) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = i + 1;
      }
      pending.clear();
      return new NameIndex(keyBytes, keyStart, valueStart, values, slots);
    }
  }
}
