package org.marsad.core.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.GuardedHttpClient;
import org.marsad.core.source.RefusedUrl;
import org.marsad.core.source.SecretUrls;

/**
 * Posts a spike as JSON to a webhook ({@code {"alert": "spike", "id", "day", "country", "type",
 * "count", "expected", "p_value"}}); {@code id} ({@code day/country/type}) names the spike, so a
 * receiver can drop a spike delivered twice (a sender that crashed between sending and recording it
 * sends it again). The URL passes the {@link AddressGuard}, and the connection goes only to an address the
 * guard approved ({@link GuardedHttpClient}), so a webhook on a private address must be allowed in
 * configuration and a DNS answer cannot send it there later. Messages name only the webhook's scheme, host
 * and port: its path may be its secret. Redirects are not followed. Thread-safe; close it to close its
 * connections; a closed notifier refuses to send.
 */
public final class WebhookNotifier implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI url;
  private final GuardedHttpClient client;

  public WebhookNotifier(URI url, AddressGuard guard, Duration timeout) {
    this.url = url;
    this.client = new GuardedHttpClient(guard, timeout);
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
   * @throws RefusedUrl when the guard refuses the URL or an address its host resolves to
   * @throws UncheckedIOException when the request fails
   */
  public int send(Spike spike) throws InterruptedException {
    HttpPost request = new HttpPost(url);
    request.setEntity(new StringEntity(json(spike), ContentType.APPLICATION_JSON));
    try {
      ClassicHttpResponse response = client.open(request);
      GuardedHttpClient.abort(response); // the answer's body is not read
      return response.getCode();
    } catch (IOException e) {
      throw new UncheckedIOException("webhook " + SecretUrls.hostOnly(url.toString()) + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
