package org.marsad.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * An HTTP load generator: {@code clients} threads each send a request, wait for the answer, and send
 * the next, for a fixed time or until told to stop; every latency is kept, so percentiles are exact.
 * Closed loop by default (each client sends as soon as it has its answer: the server's saturation);
 * with a rate, open loop: the clients share a fixed schedule of that many requests per second and a
 * latency counts from the request's scheduled time, so a stalled server is not hidden by clients
 * that waited for it (no coordinated omission). An answer that is not 200, a timeout or a refused connection is an error.
 * Paths come from a function of a seeded random generator, so runs reproduce. Not thread-safe
 * itself; one run at a time.
 */
final class LoadRun {

  /** Latencies of one run, and how many answers were not 200. */
  record Result(long requests, long errors, double seconds, double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final Duration timeout;
  private final double ratePerSecond;

  LoadRun(int port) {
    this(port, Duration.ofSeconds(30), 0);
  }

  /**
   * Requests to the server on loopback {@code port}; one slower than {@code timeout} is an error.
   * {@code ratePerSecond} 0 runs the closed loop; above 0, the requests per second of the whole run.
   */
  LoadRun(int port, Duration timeout, double ratePerSecond) {
    if (!(ratePerSecond >= 0)) {
      throw new IllegalArgumentException("rate must be 0 or more: " + ratePerSecond);
    }
    this.base = "http://127.0.0.1:" + port;
    this.timeout = timeout;
    this.ratePerSecond = ratePerSecond;
  }

  Result run(int clients, Duration length, long seed, Function<SplittableRandom, String> paths) throws Exception {
    long end = System.nanoTime() + length.toNanos();
    return run(clients, () -> System.nanoTime() >= end, seed, paths);
  }

  /** Runs until {@code stop} says so (asked before each request). */
  Result run(int clients, BooleanSupplier stop, long seed, Function<SplittableRandom, String> paths)
      throws Exception {
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        SplittableRandom random = new SplittableRandom(seed * 1000 + c);
        Schedule schedule = Schedule.of(ratePerSecond, clients, c, start);
        futures.add(pool.submit(() -> client(stop, random, paths, schedule)));
      }
      long[] all = new long[0];
      long errors = 0;
      for (Future<long[]> f : futures) {
        long[] l = f.get();
        int n = (int) l[0];
        errors += l[1];
        long[] merged = Arrays.copyOf(all, all.length + n);
        System.arraycopy(l, 2, merged, all.length, n);
        all = merged;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(all);
      return new Result(all.length, errors, seconds, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }
  }

  /** [count, errors, latencies in ns...] */
  private long[] client(BooleanSupplier stop, SplittableRandom random, Function<SplittableRandom, String> paths,
      Schedule schedule) throws Exception {
    long[] lat = new long[1 << 16];
    int n = 0;
    long errors = 0;
    while (!stop.getAsBoolean()) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.apply(random)))
          .timeout(timeout).GET().build();
      long t0 = schedule.next();
      try {
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          errors++;
        }
      } catch (IOException e) { // a timeout (HttpTimeoutException) or a broken connection
        errors++;
      }
      long t = System.nanoTime() - t0;
      if (n + 2 >= lat.length) {
        lat = Arrays.copyOf(lat, lat.length * 2);
      }
      lat[2 + n++] = t;
    }
    lat[0] = n;
    lat[1] = errors;
    return lat;
  }

  /** When a client sends: at once (closed loop), or at its slots of a fixed schedule (open loop). */
  private static final class Schedule {
    private final long interval;
    private long slot;

    private Schedule(long interval, long first) {
      this.interval = interval;
      this.slot = first;
    }

    /** Client {@code c} of {@code clients} sharing {@code rate} requests per second from {@code start}. */
    static Schedule of(double rate, int clients, int c, long start) {
      if (rate == 0) {
        return new Schedule(0, 0);
      }
      long interval = Math.max(1, Math.round(1e9 * clients / rate));
      return new Schedule(interval, start + interval * c / clients);
    }

    /** Waits for this client's next slot and returns the time its latency counts from. */
    long next() throws InterruptedException {
      if (interval == 0) {
        return System.nanoTime();
      }
      long due = slot;
      slot += interval;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
      }
      return due;
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return Math.round(sorted[Math.max(0, i)] / 1e4) / 100.0;
  }
}
