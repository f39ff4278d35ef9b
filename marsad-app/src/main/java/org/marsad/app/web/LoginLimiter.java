package org.marsad.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: at most {@code maxFailures} per key (the account name, and the client
 * address, each count) in a sliding window. Needs a clock. Thread-safe.
 */
final class LoginLimiter {

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginLimiter(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Whether {@code key} may try again now. */
  boolean allowed(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return true;
    }
    synchronized (d) {
      prune(d);
      return d.size() < maxFailures;
    }
  }

  void failed(String key) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      prune(d);
      d.addLast(clock.instant());
    }
    if (failures.size() > 100_000) {
      failures.clear(); // a flood of names must not exhaust memory
    }
  }

  void succeeded(String key) {
    failures.remove(key);
  }

  private void prune(Deque<Instant> d) {
    Instant cutoff = clock.instant().minus(window);
    while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
      d.removeFirst();
    }
  }
}
