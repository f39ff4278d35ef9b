package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.search.SearchIndex;
import org.marsad.app.web.ServerConfig;
import org.marsad.app.web.WebServer;
import org.marsad.core.alert.Spike;
import org.marsad.core.alert.WebhookNotifier;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.testing.ReliabilityRows;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;

/**
 * Secrets never reach a log: commands and the workspace server run in this JVM with standard output and error
 * captured (the server logs there through slf4j-simple), with database passwords, account passwords, API tokens
 * live and revoked, session cookies, CSRF tokens and webhook URL tokens; then neither the captured output nor the
 * embedded PostgreSQL's log may hold any of them. Each secret is a distinct random-looking string, so finding
 * one anywhere is a leak.
 */
@Tag("reliability")
class SecretsNotLoggedIT {

  @TempDir static Path dir;
  static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
  static PrintStream realOut;
  static PrintStream realErr;
  static InputStream realIn;
  /** Each secret by the kind of secret it is. */
  static final Map<String, String> SECRETS = new LinkedHashMap<>();

  @BeforeAll
  static void capture() {
    realOut = System.out;
    realErr = System.err;
    realIn = System.in;
    PrintStream tee = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (CAPTURED) {
          CAPTURED.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (CAPTURED) {
          CAPTURED.write(b, off, len);
        }
      }
    }, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
  }

  @AfterAll
  static void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
    System.setIn(realIn);
    ReliabilityRows.check(SecretsNotLoggedIT.class);
  }

  static String secret(String kind, String value) {
    SECRETS.put(kind, value);
    return value;
  }

  static int run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return Main.run(args);
  }

  @Test
  void commandsAndServer_withEveryKindOfSecret_logNone() throws Exception {
    Path home = dir.resolve("home");
    String h = home.toString();
    // commands
    assertThat(run("", "status", "--db-url", "jdbc:postgresql://127.0.0.1:1/marsad?user=u&password="
        + secret("database URL password parameter", "Db-pw-6f1c93a7"))).isEqualTo(Main.FAILURE);
    assertThat(run("", "status", "--db-url", "jdbc:postgresql://127.0.0.1:1/marsad?user=u&sslpassword="
        + secret("database URL sslpassword parameter", "Ssl-pw-0d5b21ce"))).isEqualTo(Main.FAILURE);
    assertThat(run(secret("account password on standard input (user add)", "Ana-pass-9b2e44f0") + "\n",
        "user", "add", "ana", "--role", "analyst", "--home", h)).isEqualTo(Main.OK);
    assertThat(run(secret("admin password on standard input (user add)", "Ada-pass-51c7e2d8") + "\n",
        "user", "add", "ada", "--role", "admin", "--home", h)).isEqualTo(Main.OK);
    assertThat(run(secret("refused password, too short (user add)", "Sh0rt-7") + "\n",
        "user", "add", "bo", "--role", "viewer", "--home", h)).isNotEqualTo(Main.OK);
    String keyed = "https://feeds.example.org/rss?lang=en&apikey=" + secret("feed URL apikey parameter", "Feed-key-3a8d0c61");
    String userInfo = "https://reader:" + secret("feed URL user-info password", "Feed-pw-77e0b9aa") + "@feeds.example.org/atom";
    assertThat(run("", "sources", "add", "--home", h, keyed, userInfo)).isEqualTo(Main.OK);
    assertThat(run("", "sources", "list", "--home", h)).isEqualTo(Main.OK);
    assertThat(run("", "sources", "remove", "--home", h, keyed, userInfo)).isEqualTo(Main.OK);
    String loopback = "http://127.0.0.1:9/feed.xml?token=" + secret("feed URL token refused by the address guard",
        "Feed-token-c4d1e905");
    assertThat(run("", "sources", "add", "--home", h, loopback)).isEqualTo(Main.OK);
    run("", "watch", "--once", "--home", h); // refused: a loopback address is not allowed
    String hook = "http://127.0.0.1:9/services/T0/B0/" + secret("webhook URL token in the path (alerts and watch"
        + " --webhook)", "Hook-cli-7f3b2a19");
    assertThat(run("", "alerts", "--home", h, "--webhook", hook)).isEqualTo(Main.USAGE); // loopback not allowed
    assertThat(run("", "alerts", "--home", h, "--webhook", hook, "--allow-host", "127.0.0.1")).isEqualTo(Main.OK);
    assertThat(run("", "watch", "--once", "--home", h, "--webhook", hook)).isEqualTo(Main.USAGE);
    assertThat(run("", "sources", "list", "--home", h)).isEqualTo(Main.OK);
    assertThat(output()).contains("127.0.0.1").contains("token=***");

    // the server, with the accounts made above
    try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC());
        Workspace w = Workspace.over(store, Clock.systemUTC(), 4);
        SearchIndex index = SearchIndex.open(dir.resolve("index"));
        WebServer server = WebServer.start(ServerConfig.local(0), w, index, Clock.systemUTC())) {
      Http http = new Http(server.port());
      assertThat(http.signIn("ana", secret("wrong password at sign-in", "Wrong-pass-2fe8a0b3"))).isEqualTo(401);
      assertThat(http.signIn("ana", SECRETS.get("account password on standard input (user add)"))).isEqualTo(303);
      secret("session cookie", http.session);
      secret("CSRF token of the session", http.csrf);
      String token = json(http.post("/api/tokens", "{\"name\": \"script\"}", http.csrf), "token");
      secret("API token (as created and as used)", token);
      http.bearer = token;
      assertThat(http.get("/api/me").statusCode()).isEqualTo(200);
      http.post("/api/incidents/999999/review", "{\"action\": \"verify\"}", null);
      http.bearer = null;
      long tokenId = w.accounts().tokens(w.accounts().find("ana").orElseThrow()).getFirst().id();
      assertThat(http.post("/api/tokens/" + tokenId + "/revoke", "", http.csrf).statusCode()).isEqualTo(200);
      http.bearer = token;
      assertThat(http.get("/api/me").statusCode()).as("revoked").isEqualTo(401);
      http.bearer = secret("unknown API token", "mrsd_Forged-9d0e6b7c1a");
      assertThat(http.get("/api/incidents").statusCode()).isEqualTo(401);
      http.bearer = null;
      http.session = secret("forged session cookie", "Forged-session-4b6a1e2f");
      assertThat(http.post("/api/tokens", "{\"name\": \"x\"}", secret("forged CSRF token", "Forged-csrf-8c3f5d71"))
          .statusCode()).isEqualTo(401);
      Http admin = new Http(server.port());
      assertThat(admin.signIn("ada", SECRETS.get("admin password on standard input (user add)"))).isEqualTo(303);
      assertThat(admin.post("/api/users", "{\"name\": \"vic\", \"role\": \"viewer\", \"password\": \""
          + secret("new account's password in the API", "Vic-pass-e61b0d39") + "\"}", admin.csrf).statusCode())
          .isEqualTo(201);
      assertThat(admin.post("/api/users", "{\"name\": \"vic\", \"role\": \"viewer\", \"password\": \""
          + secret("password of a refused account (name taken)", "Dup-pass-a90c2e57") + "\"}", admin.csrf)
          .statusCode()).isEqualTo(400);
    }

    // webhooks: a token in the path (nothing listens: the failure is logged), in the query (refused) and in the
    // path of a refused one
    Spike spike = new Spike(LocalDate.of(2026, 1, 1), "FR", "desecration", 9, 1.5, 0.001);
    WebhookNotifier closed = new WebhookNotifier(URI.create("http://127.0.0.1:1/services/T0/B0/"
        + secret("webhook URL token in the path", "Hook-path-5e2a9c10")), new AddressGuard(Set.of("127.0.0.1")),
        Duration.ofSeconds(2));
    WebhookNotifier refused = new WebhookNotifier(URI.create("http://127.0.0.1:1/hook?token="
        + secret("webhook URL token in the query", "Hook-token-0b7d3e88")), AddressGuard.publicOnly(),
        Duration.ofSeconds(2));
    WebhookNotifier refusedPath = new WebhookNotifier(URI.create("http://127.0.0.1:1/services/T0/B0/"
        + secret("webhook URL token in the path, refused", "Hook-refused-7f3a2b19")), AddressGuard.publicOnly(),
        Duration.ofSeconds(2));
    for (WebhookNotifier n : new WebhookNotifier[] {closed, refused, refusedPath}) {
      try {
        n.send(spike);
      } catch (RuntimeException e) {
        System.err.println("webhook failed: " + e.getMessage()); // as a caller logs it
      }
    }
    System.err.println(StoreConfig.server("jdbc:postgresql://db/marsad?user=u&password="
        + secret("database URL password in a logged config", "Cfg-pw-1c9e7a42")));

    String logs = output();
    Path pgLog = home.resolve("postgres.log");
    String postgres = Files.exists(pgLog) ? Files.readString(pgLog, StandardCharsets.ISO_8859_1) : "";
    assertThat(logs).contains("webhook failed").contains("marsad:"); // the failures were logged
    assertThat(SECRETS).hasSizeGreaterThanOrEqualTo(14);
    for (Map.Entry<String, String> s : SECRETS.entrySet()) {
      assertThat(s.getValue()).as(s.getKey()).isNotBlank();
      assertThat(logs).as(s.getKey() + " in standard output or error").doesNotContain(s.getValue());
      assertThat(postgres).as(s.getKey() + " in postgres.log").doesNotContain(s.getValue());
      ReliabilityRows.record(SecretsNotLoggedIT.class, "secrets", s.getKey(),
          "not in standard output, standard error, the server's log or postgres.log", "not found in any");
    }
  }

  static String output() {
    synchronized (CAPTURED) {
      return CAPTURED.toString(StandardCharsets.UTF_8);
    }
  }

  static String json(HttpResponse<String> r, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get(field).asText();
  }

  /** A minimal browser: a session cookie, its CSRF token, or a bearer token. */
  static final class Http {
    final String base;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String session;
    String csrf;
    String bearer;

    Http(int port) {
      base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    HttpResponse<String> post(String path, String json, String csrfToken) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)), csrfToken);
    }

    HttpResponse<String> send(HttpRequest.Builder b, String csrfToken) throws Exception {
      if (session != null) {
        b.header("Cookie", "marsad_session=" + session);
      }
      if (csrfToken != null) {
        b.header("X-CSRF-Token", csrfToken);
      }
      if (bearer != null) {
        b.header("Authorization", "Bearer " + bearer);
      }
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    int signIn(String name, String password) throws Exception {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      String loginCsrf = cookie(page, "marsad_login_csrf");
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Cookie", "marsad_login_csrf=" + loginCsrf)
          .POST(HttpRequest.BodyPublishers.ofString("name=" + name + "&password="
              + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + loginCsrf)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 303) {
        session = cookie(r, "marsad_session");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/").body());
        csrf = m.find() ? m.group(1) : null;
      }
      return r.statusCode();
    }

    static String cookie(HttpResponse<?> r, String name) {
      return r.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith(name + "="))
          .map(v -> v.substring(name.length() + 1, v.indexOf(';'))).reduce((a, b) -> b).orElse(null);
    }
  }
}
