package org.marsad.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.HostResolver;
import org.marsad.core.source.RefusedUrl;
import org.marsad.core.testing.ReliabilityRows;

/** The webhook against hostile DNS and secret-bearing URLs, with a receiver on the loopback interface. */
class WebhookNotifierTest {

  private static final Spike SPIKE = new Spike(LocalDate.of(2024, 1, 1), "SE", "desecration", 6, 0.4, 0.0001);
  private static final String SECRET = "XyZ9secretPathToken";
  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", ex -> {
      received.add(ex.getRequestURI().getPath());
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  @AfterAll
  static void rows() {
    ReliabilityRows.check(WebhookNotifierTest.class);
  }

  private URI hook(String host) {
    return URI.create("http://" + host + ":" + receiver.getAddress().getPort() + "/services/T000/B000/" + SECRET);
  }

  @Test
  void send_nameAnswersPublicThenLoopback_connectsToThePublicAnswerOnly() {
    AtomicInteger lookups = new AtomicInteger();
    HostResolver rebinding = host -> List.of(InetAddress.getByName(lookups.incrementAndGet() == 1 ? "203.0.113.7"
        : "127.0.0.1"));
    // "localhost": the operating system resolves it to the receiver, so a second lookup by the client would reach it
    try (WebhookNotifier notifier = new WebhookNotifier(hook("localhost"), new AddressGuard(Set.of(), rebinding),
        Duration.ofSeconds(1))) {
      // refused or timed out: nothing listens at 203.0.113.7, while the receiver on 127.0.0.1 would have answered
      assertThatThrownBy(() -> notifier.send(SPIKE)).isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("webhook http://localhost:" + receiver.getAddress().getPort() + " failed: ")
          .hasMessageNotContaining(SECRET);
    }
    assertThat(lookups).hasValue(1);
    assertThat(received).isEmpty();
    ReliabilityRows.record(WebhookNotifierTest.class, "alerts: webhook", "DNS rebinding: the webhook's name answers "
        + "a public address, then 127.0.0.1", "the POST goes to the approved public address only; the loopback "
        + "receiver is never reached", "one lookup; the connection failed (nothing listens at the public address); nothing received");
  }

  @Test
  void send_afterClose_refusesWithAClearErrorAndSendsNothing() throws Exception {
    WebhookNotifier notifier = new WebhookNotifier(hook("127.0.0.1"), new AddressGuard(Set.of("127.0.0.1")),
        Duration.ofSeconds(1));
    assertThat(notifier.send(SPIKE)).isEqualTo(204);

    notifier.close();

    assertThatThrownBy(() -> notifier.send(SPIKE)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the HTTP client is closed");
    assertThat(received).hasSize(1);
  }

  @Test
  void send_secretInPathOnPrivateAddress_isRefusedNamingOnlyTheHost() {
    HostResolver privateAddress = host -> List.of(InetAddress.getByName("10.0.0.5"));
    URI url = URI.create("https://hooks.chat.example/services/T000/B000/" + SECRET);
    try (WebhookNotifier notifier = new WebhookNotifier(url, new AddressGuard(Set.of(), privateAddress),
        Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> notifier.send(SPIKE)).isInstanceOf(RefusedUrl.class)
          .hasMessage("https://hooks.chat.example: host hooks.chat.example resolves to the non-public address "
              + "10.0.0.5 (allow the host in configuration to fetch it)");
    }
    ReliabilityRows.record(WebhookNotifierTest.class, "alerts: webhook", "webhook URL with its secret in the path, "
        + "on a private address", "refused; the message names only the scheme and host",
        "refused: https://hooks.chat.example: host hooks.chat.example resolves to the non-public address 10.0.0.5");
  }

  @Test
  void send_allowedName_postsToTheApprovedAddress() throws Exception {
    HostResolver intranet = host -> List.of(InetAddress.getByName("127.0.0.1"));
    try (WebhookNotifier notifier = new WebhookNotifier(hook("alerts.internal"),
        new AddressGuard(Set.of("alerts.internal"), intranet), Duration.ofSeconds(2))) {
      assertThat(notifier.send(SPIKE)).isEqualTo(204);
    }
    assertThat(received).containsExactly("/services/T000/B000/" + SECRET);
  }
}
