package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Accounts;
import org.marsad.store.Role;
import org.marsad.store.User;
import org.marsad.store.Workspace;

/**
 * Who may do what, on the real server over real PostgreSQL: every route of {@link WebServer#routes()} has a rule
 * in {@link #RULES} (a route added without one fails), and each rule gives the status for every kind of caller
 * (anonymous, viewer, analyst, admin, API tokens live and revoked, sessions without or with a forged CSRF token,
 * expired or of a disabled account, a browser on another origin). Every request also checks the audit log: rows
 * are only ever appended, and only by the route's own legitimate action. Beside the matrix: signing in ends the
 * session the client presented (no session fixation), and errors are one line of JSON (a bad value the database
 * refuses is 400; Jetty's own errors are JSON, not an HTML page).
 */
class ServerSecurityIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;
  static TestServer site;
  static Workspace workspace;
  static WebServer server;
  static long incident;
  static long response;
  static String document;
  static Map<String, String> tokens = new LinkedHashMap<>();

  /** A kind of caller: how it authenticates (made fresh for each request, so signing out harms no other). */
  enum Caller {
    ANONYMOUS, VIEWER, VIEWER_TOKEN, ANALYST, ADMIN, ANALYST_TOKEN, REVOKED_TOKEN, NO_CSRF, BAD_CSRF,
    EXPIRED_SESSION, DISABLED_ACCOUNT, WRONG_ORIGIN, NULL_ORIGIN
  }

  /** The headers a caller sends. */
  record Credentials(String cookie, String csrf, String bearer, String origin) {}

  /**
   * A route's rule: the request to send (path with ids filled in, body, whether a form), the status each caller
   * gets (callers not named get {@code otherwise}), and the audit actions a successful call may append.
   */
  record Rule(Function<Caller, String> path, Function<Caller, String> body, boolean form, Map<Caller, Integer> status,
      int otherwise, Set<String> audits) {}

  static final Map<Caller, Integer> REVIEW = statuses("ANONYMOUS=401 VIEWER=403 VIEWER_TOKEN=403 REVOKED_TOKEN=401"
      + " NO_CSRF=403 BAD_CSRF=403 EXPIRED_SESSION=401 DISABLED_ACCOUNT=401 WRONG_ORIGIN=403 NULL_ORIGIN=403");
  static final Map<Caller, Integer> SIGNED_IN = statuses("ANONYMOUS=401 REVOKED_TOKEN=401 NO_CSRF=403 BAD_CSRF=403"
      + " EXPIRED_SESSION=401 DISABLED_ACCOUNT=401 WRONG_ORIGIN=403 NULL_ORIGIN=403");
  static final Map<Caller, Integer> ADMIN_ONLY = statuses("ANONYMOUS=401 VIEWER=403 VIEWER_TOKEN=403 ANALYST=403"
      + " ANALYST_TOKEN=403 REVOKED_TOKEN=401 NO_CSRF=403 BAD_CSRF=403 EXPIRED_SESSION=401 DISABLED_ACCOUNT=401"
      + " WRONG_ORIGIN=403 NULL_ORIGIN=403");
  static final Map<Caller, Integer> READ = statuses("REVOKED_TOKEN=401");
  static final Map<Caller, Integer> READ_SIGNED_IN = statuses("ANONYMOUS=401 REVOKED_TOKEN=401 EXPIRED_SESSION=401"
      + " DISABLED_ACCOUNT=401");
  static final Map<Caller, Integer> READ_ANALYST = statuses("ANONYMOUS=401 VIEWER=403 VIEWER_TOKEN=403"
      + " REVOKED_TOKEN=401 EXPIRED_SESSION=401 DISABLED_ACCOUNT=401");

  /** One rule per route; a route of the server without a rule here fails {@link #everyRoute_hasARule}. */
  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    // writes
    for (String kind : List.of("incident", "response")) {
      RULES.put("post /api/" + kind + "s/{id}/review", new Rule(c -> "/api/" + kind + "s/" + event(kind) + "/review",
          c -> "{\"action\": \"verify\"}", false, REVIEW, 200, Set.of("verify")));
    }
    RULES.put("post /api/review/bulk", new Rule(c -> "/api/review/bulk",
        c -> "{\"action\": \"verify\", \"ids\": [" + incident + "]}", false, REVIEW, 200, Set.of("verify")));
    RULES.put("post /api/tokens", new Rule(c -> "/api/tokens", c -> "{\"name\": \"matrix " + c + "\"}", false,
        SIGNED_IN, 201, Set.of("token_add")));
    RULES.put("post /api/tokens/{id}/revoke", new Rule(c -> "/api/tokens/999999/revoke", c -> "", false,
        SIGNED_IN, 404, Set.of())); // signed in, but no such token of theirs
    RULES.put("post /api/users", new Rule(c -> "/api/users", c -> "{\"name\": \"made-by-" + c.name().toLowerCase()
        + "\", \"role\": \"admin\", \"password\": \"a long passphrase\"}", false, ADMIN_ONLY, 201, Set.of("user_add")));
    RULES.put("post /login", new Rule(c -> "/login", c -> "name=ada&password=admin-password&_csrf=guessed", true,
        statuses("REVOKED_TOKEN=401"), 403, Set.of())); // without the sign-in form's own token: refused
    RULES.put("post /logout", new Rule(c -> "/logout", c -> "", true, statuses("REVOKED_TOKEN=401 NO_CSRF=403"
        + " BAD_CSRF=403 WRONG_ORIGIN=403 NULL_ORIGIN=403"), 303, Set.of()));
    RULES.put("post /events/{id}/review", new Rule(c -> "/events/" + incident + "/review", c -> "action=verify", true,
        REVIEW, 303, Set.of("verify")));
    RULES.put("post /review/bulk", new Rule(c -> "/review/bulk", c -> "action=verify&ids=" + incident, true, REVIEW,
        303, Set.of("verify")));
    // reads
    for (String p : List.of("/health", "/api/openapi.json", "/api/me", "/api/search", "/api/incidents",
        "/api/responses", "/api/export/incidents.csv", "/api/export/incidents.json", "/api/export/incidents.geojson",
        "/api/export/responses.csv", "/api/export/responses.json", "/api/export/responses.geojson", "/",
        "/responses", "/map", "/timeline", "/search", "/login")) {
      RULES.put("get " + p, new Rule(c -> p, null, false, READ, 200, Set.of()));
    }
    RULES.put("get /incidents", new Rule(c -> "/incidents", null, false, READ, 302, Set.of()));
    for (String kind : List.of("incident", "response")) {
      RULES.put("get /api/" + kind + "s/{id}", new Rule(c -> "/api/" + kind + "s/" + event(kind), null, false, READ,
          200, Set.of()));
      RULES.put("get /" + kind + "s/{id}", new Rule(c -> "/" + kind + "s/" + event(kind), null, false, READ, 200,
          Set.of()));
    }
    RULES.put("get /api/documents/{id}", new Rule(c -> "/api/documents/" + document, null, false, READ, 200, Set.of()));
    RULES.put("get /documents/{id}", new Rule(c -> "/documents/" + document, null, false, READ, 200, Set.of()));
    RULES.put("get /api/tokens", new Rule(c -> "/api/tokens", null, false, READ_SIGNED_IN, 200, Set.of()));
    RULES.put("get /review", new Rule(c -> "/review", null, false, READ_ANALYST, 200, Set.of()));
  }

  @BeforeAll
  static void start() throws Exception {
    site = TestServer.start(home);
    workspace = site.workspace();
    server = site.server();
    incident = site.incident();
    response = site.response();
    document = workspace.jdbi().withHandle(h -> h.createQuery("select min(id) from documents").mapTo(String.class)
        .one());
    User ada = workspace.accounts().add("ada", Role.ADMIN, "admin-password".toCharArray());
    User ana = workspace.accounts().add("ana", Role.ANALYST, "analyst-password".toCharArray());
    User vic = workspace.accounts().add("vic", Role.VIEWER, "viewer-password".toCharArray());
    workspace.accounts().add("eve", Role.ANALYST, "expired-password".toCharArray());
    workspace.accounts().add("dan", Role.ANALYST, "disabled-password".toCharArray());
    workspace.jdbi().useHandle(h -> h.execute("update users set disabled = true where name = 'dan'"));
    tokens.put("ana", workspace.accounts().addToken(ana, "matrix"));
    tokens.put("vic", workspace.accounts().addToken(vic, "matrix"));
    String revoked = workspace.accounts().addToken(ana, "revoked");
    long revokedId = workspace.accounts().tokens(ana).stream().filter(t -> t.name().equals("revoked")).findFirst()
        .orElseThrow().id();
    workspace.accounts().revokeToken(ana, revokedId);
    tokens.put("revoked", revoked);
    assertThat(ada.role()).isEqualTo(Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  @Test
  void everyRoute_hasARule() {
    assertThat(new TreeSet<>(RULES.keySet())).as("rules for the server's routes, no more, no fewer")
        .isEqualTo(new TreeSet<>(server.routes()));
  }

  @Test
  void everyRoute_everyCaller_getsItsStatus_andTheAuditLogOnlyGrowsByLegitimateActions() throws Exception {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<String, Rule> e : RULES.entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      Rule rule = e.getValue();
      for (Caller caller : Caller.values()) {
        List<List<String>> before = auditLog();
        HttpResponse<String> r = send(method, rule, caller, credentials(caller));
        int expected = rule.status().getOrDefault(caller, rule.otherwise());
        cells++;
        if (r.statusCode() != expected) {
          wrong.add(e.getKey() + " as " + caller + ": " + r.statusCode() + " (expected " + expected + "): "
              + r.body().lines().findFirst().orElse(""));
        }
        List<List<String>> after = auditLog();
        if (!after.subList(0, Math.min(before.size(), after.size())).equals(before) || after.size() < before.size()) {
          wrong.add(e.getKey() + " as " + caller + ": the audit log's earlier rows changed");
          continue;
        }
        Set<String> added = after.subList(before.size(), after.size()).stream().map(row -> row.get(3))
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> allowed = r.statusCode() < 400 ? rule.audits() : Set.of();
        if (!allowed.containsAll(added)) {
          wrong.add(e.getKey() + " as " + caller + " (" + r.statusCode() + ") appended audit rows " + added);
        }
        if (r.statusCode() < 400 && !rule.audits().isEmpty() && added.isEmpty()) {
          wrong.add(e.getKey() + " as " + caller + " succeeded without an audit row");
        }
      }
    }
    assertThat(wrong).as("cells that broke their rule").isEmpty();
    assertThat(cells).isEqualTo(RULES.size() * Caller.values().length);
  }

  @Test
  void signIn_endsThePresentedSession_andIssuesAFreshId() throws Exception {
    User ana = workspace.accounts().find("ana").orElseThrow();
    Accounts.OpenedSession old = workspace.accounts().openSession(ana); // e.g. planted on the victim's browser
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    String loginCsrf = cookie(page, Security.LOGIN_CSRF_COOKIE);
    HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", Security.SESSION_COOKIE + "=" + old.token() + "; " + Security.LOGIN_CSRF_COOKIE + "="
            + loginCsrf)
        .POST(HttpRequest.BodyPublishers.ofString("name=ana&password=analyst-password&_csrf=" + loginCsrf)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(signIn.statusCode()).isEqualTo(303);
    String fresh = cookie(signIn, Security.SESSION_COOKIE);
    assertThat(fresh).isNotBlank().isNotEqualTo(old.token());
    assertThat(workspace.accounts().session(old.token())).as("the presented session ended").isEmpty();
    assertThat(workspace.accounts().session(fresh)).as("the new session works").isPresent();
    assertThat(cookie(signIn, Security.LOGIN_CSRF_COOKIE)).as("the sign-in form's token is spent").isEmpty();
    HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri("/api/me"))
        .header("Cookie", Security.SESSION_COOKIE + "=" + old.token()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(me.body()).get("signed_in").asBoolean()).isFalse();
  }

  @Test
  void dataExceptions_fromTheDatabase_are400WithOneLine() throws Exception {
    // a NUL character cannot be in a PostgreSQL text value (SQLSTATE class 22): the client's input, so 400
    Map<String, String> answers = new LinkedHashMap<>();
    for (String path : List.of("/api/incidents?q=a%00b", "/api/responses?q=%00", "/?q=%00", "/api/incidents?type=%00",
        "/api/export/incidents.csv?q=%00", "/api/documents/a%00b")) {
      HttpResponse<String> r = get(path);
      answers.put(path, r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
      assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(400, 404);
      if (r.statusCode() == 400 && !path.startsWith("/?")) {
        assertOneLineJson(r.body());
      }
    }
    // past the filters, in a token's name: the database refuses the value, the token and its audit row roll back
    List<List<String>> before = auditLog();
    HttpResponse<String> edit = send("post", new Rule(c -> "/api/tokens",
        c -> "{\"name\": \"a\\u0000b\"}", false, Map.of(), 0, Set.of()),
        Caller.ANALYST_TOKEN, credentials(Caller.ANALYST_TOKEN));
    assertThat(edit.statusCode()).as(edit.body()).isEqualTo(400);
    assertOneLineJson(edit.body());
    assertThat(JSON.readTree(edit.body()).get("error").asText()).startsWith("bad input value: ");
    assertThat(auditLog()).isEqualTo(before);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return send("get", new Rule(c -> path, null, false, Map.of(), 0, Set.of()), Caller.ANONYMOUS,
        credentials(Caller.ANONYMOUS));
  }

  @Test
  void jettyErrors_badUriAndHugeHeader_areOneLineJson() throws Exception {
    for (String request : List.of(
        "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /api/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(64 * 1024)
            + "\r\nConnection: close\r\n\r\n",
        "GET /a/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "GET /api/documents/%2F..%2F HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        "BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
      String raw = raw(request);
      int status = Integer.parseInt(raw.substring(9, 12));
      String head = raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n"))).toLowerCase();
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      String what = request.lines().findFirst().orElseThrow();
      assertThat(status).as(what).isBetween(400, 499);
      assertThat(head).as(what).contains("content-type: application/json");
      assertThat(body).as(what).doesNotContain("<html", "<HTML", "\tat ", "Exception");
      assertOneLineJson(dechunk(head, body));
    }
  }

  static void assertOneLineJson(String body) throws Exception {
    JsonNode error = JSON.readTree(body).get("error");
    assertThat(error).as(body).isNotNull();
    assertThat(error.asText()).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(ErrorText.MAX);
  }

  // ---- the machinery ----

  static long event(String kind) {
    return kind.equals("incident") ? incident : response;
  }

  static Map<Caller, Integer> statuses(String spec) {
    Map<Caller, Integer> m = new LinkedHashMap<>();
    for (String part : spec.trim().split("\\s+")) {
      String[] kv = part.split("=");
      m.put(Caller.valueOf(kv[0]), Integer.parseInt(kv[1]));
    }
    return m;
  }

  static Credentials credentials(Caller c) {
    return switch (c) {
      case ANONYMOUS -> new Credentials(null, null, null, null);
      case VIEWER -> session("vic", true, null);
      case VIEWER_TOKEN -> new Credentials(null, null, tokens.get("vic"), null);
      case ANALYST -> session("ana", true, null);
      case ADMIN -> session("ada", true, null);
      case ANALYST_TOKEN -> new Credentials(null, null, tokens.get("ana"), null);
      case REVOKED_TOKEN -> new Credentials(null, null, tokens.get("revoked"), null);
      case NO_CSRF -> {
        Credentials s = session("ana", true, null);
        yield new Credentials(s.cookie(), null, null, null);
      }
      case BAD_CSRF -> {
        Credentials s = session("ana", true, null);
        yield new Credentials(s.cookie(), "forged", null, null);
      }
      case EXPIRED_SESSION -> {
        Credentials s = session("eve", true, null);
        workspace.jdbi().useHandle(h -> h.execute("update sessions set expires_at = created_at - interval '1 second'"
            + " where user_id = (select id from users where name = 'eve')"));
        yield s;
      }
      case DISABLED_ACCOUNT -> session("dan", true, null);
      case WRONG_ORIGIN -> session("ana", true, "http://evil.example");
      case NULL_ORIGIN -> session("ana", true, "null");
    };
  }

  static Credentials session(String name, boolean csrf, String origin) {
    Accounts.OpenedSession s = workspace.accounts().openSession(workspace.accounts().find(name).orElseThrow());
    return new Credentials(s.token(), csrf ? s.csrf() : null, null, origin);
  }

  static HttpResponse<String> send(String method, Rule rule, Caller caller, Credentials c) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(rule.path().apply(caller)))
        .header("Accept", "text/html,application/json");
    if (method.equals("get")) {
      b.GET();
    } else {
      b.header("Content-Type", rule.form() ? "application/x-www-form-urlencoded" : "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(rule.body().apply(caller)));
    }
    if (c.cookie() != null) {
      b.header("Cookie", Security.SESSION_COOKIE + "=" + c.cookie());
    }
    if (c.csrf() != null) {
      b.header("X-CSRF-Token", c.csrf());
    }
    if (c.bearer() != null) {
      b.header("Authorization", "Bearer " + c.bearer());
    }
    if (c.origin() != null) {
      b.header("Origin", c.origin());
    }
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static List<List<String>> auditLog() {
    return workspace.jdbi().withHandle(h -> h.createQuery("select id, at, actor, action, event_id, before, after"
        + " from audit_log order by id").map((rs, ctx) -> {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= 7; i++) {
            row.add(rs.getString(i));
          }
          return row;
        }).list());
  }

  static String cookie(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith(name + "="))
        .map(v -> v.substring(name.length() + 1, v.indexOf(';'))).reduce((a, b) -> b).orElse(null);
  }

  static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String dechunk(String head, String body) {
    if (!head.contains("transfer-encoding: chunked")) {
      return body;
    }
    StringBuilder out = new StringBuilder();
    String rest = body;
    while (true) {
      int eol = rest.indexOf("\r\n");
      int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(rest, eol + 2, eol + 2 + size);
      rest = rest.substring(eol + 2 + size + 2);
    }
  }
}
