package org.marsad.core.stage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A stage that adds the time it spends to a shared {@link StageClock}. Thread-safe.
 */
public final class Timed implements Stage {

  private final Stage inner;
  private final StageClock clock;

  public Timed(Stage inner, StageClock clock) {
    this.inner = inner;
    this.clock = clock;
  }

  /** Nanoseconds spent per stage name, added up across threads. Thread-safe. */
  public static final class StageClock {
    private final ConcurrentHashMap<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String stage, long n) {
      nanos.computeIfAbsent(stage, k -> new LongAdder()).add(n);
    }

    /** Milliseconds per stage, in first-seen order is not kept: sorted by name. */
    public java.util.SortedMap<String, Long> millis() {
      java.util.TreeMap<String, Long> out = new java.util.TreeMap<>();
      nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
      return out;
    }
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public Set<Key<?>> requires() {
    return inner.requires();
  }

  @Override
  public Set<Key<?>> provides() {
    return inner.provides();
  }

  @Override
  public Analysis apply(Analysis in) {
    long start = System.nanoTime();
    try {
      return inner.apply(in);
    } finally {
      clock.add(inner.name(), System.nanoTime() - start);
    }
  }
}
