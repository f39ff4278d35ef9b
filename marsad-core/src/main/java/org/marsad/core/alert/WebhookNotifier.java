package org.marsad.core.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.SecretUrls;

/**
 * Posts a spike as JSON to a webhook ({@code {"alert": "spike", "id", "day", "country", "type",
 * "count", "expected", "p_value"}}); {@code id} ({@code day/country/type}) names the spike, so a
 * receiver can drop a spike delivered twice (a sender that crashed between sending and recording it
 * sends it again). The URL passes the {@link AddressGuard} first, so a webhook on a
 * private address must be allowed in configuration. Thread-safe.
 */
public final class WebhookNotifier {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI url;
  private final AddressGuard guard;
  private final HttpClient client;
  private final Duration timeout;

  public WebhookNotifier(URI url, AddressGuard guard, Duration timeout) {
    this.url = url;
    this.guard = guard;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The JSON body sent for {@code spike}. */
  static String json(Spike spike) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("alert", "spike");
    o.put("id", spike.day() + "/" + spike.country() + "/" + spike.type());
    o.put("day", spike.day().toString());
    o.put("country", spike.country());
    o.put("type", spike.type());
    o.put("count", spike.count());
    o.put("expected", Math.round(spike.expected() * 1000) / 1000.0);
    o.put("p_value", spike.pValue());
    return o.toString();
  }

  /**
   * Posts {@code spike}; returns the HTTP status.
   *
   * @throws UncheckedIOException when the request fails
   */
  public int send(Spike spike) throws InterruptedException {
    guard.check(url);
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(spike))).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("webhook " + SecretUrls.hostOnly(url.toString()) + " failed: " + e.getMessage(), e);
    }
  }
}
