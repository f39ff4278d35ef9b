package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a loopback server that stalls once, for 400 ms, on its fifth request. */
class LoadRunTest {

  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      if (requests.incrementAndGet() == 5) {
        try {
          Thread.sleep(400);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      exchange.sendResponseHeaders(200, 2);
      exchange.getResponseBody().write("ok".getBytes());
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void closedLoop_theStallDelaysOneRequest() throws Exception {
    LoadRun.Result r = new LoadRun(server.getAddress().getPort(), Duration.ofSeconds(5), 0)
        .run(1, Duration.ofMillis(1500), 1, random -> "/");
    assertThat(r.errors()).isZero();
    assertThat(r.maxMs()).isGreaterThanOrEqualTo(400);
    assertThat(r.p90Ms()).as("only the stalled request is slow").isLessThan(100);
  }

  @Test
  void openLoop_keepsItsScheduleAndCountsTheRequestsQueuedBehindTheStall() throws Exception {
    LoadRun.Result r = new LoadRun(server.getAddress().getPort(), Duration.ofSeconds(5), 40)
        .run(1, Duration.ofMillis(1500), 1, random -> "/");
    assertThat(r.errors()).isZero();
    assertThat(r.requests()).as("40 per second for 1.5 s").isBetween(50L, 62L);
    assertThat(r.maxMs()).isGreaterThanOrEqualTo(400);
    // the ~15 requests due during the stall wait for it, and their latency counts from their slot
    assertThat(r.p90Ms()).as("requests queued behind the stall count").isGreaterThan(100);
  }
}
