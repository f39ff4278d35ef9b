package org.marsad.app.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client for the tests: keeps cookies like a browser, signs in through the form. */
final class TestClient {

  private final String base;
  private final HttpClient http;
  String csrf;
  String bearer;

  TestClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json").GET());
  }

  HttpResponse<String> postJson(String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the form; remembers the session's CSRF token from the next page. */
  int signIn(String name, String password) throws Exception {
    String page = get("/login").body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field on the sign-in page");
    }
    HttpResponse<String> r = postForm("/login", Map.of("name", name, "password", password, "_csrf", m.group(1)));
    if (r.statusCode() == 303) {
      Matcher c = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/").body());
      csrf = c.find() ? c.group(1) : null;
    }
    return r.statusCode();
  }
}
