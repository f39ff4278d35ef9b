package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.core.testing.ReliabilityRows;
import org.marsad.store.Role;
import org.marsad.store.User;
import org.marsad.store.Workspace;

/**
 * Random requests to the real server over real PostgreSQL: 300 random bodies (JSON of the right shape with
 * wrong values, JSON of any shape, nesting 2,000 deep, numbers past any long, form fields, SQL metacharacters,
 * invalid UTF-8, NUL) sent to every POST route as an analyst (so they reach the handlers), and 300 random GET paths
 * and queries (SQL metacharacters, path traversal, encoded and double-encoded dots and slashes, NUL, long values)
 * sent byte for byte on a socket. Never a 500, never a stack trace or exception name in a body.
 */
@Tag("reliability")
class ServerFuzzIT {

  static TestServer site;
  static Workspace workspace;
  static WebServer server;
  static String token;
  static long incident;
  static final Set<Integer> POST_STATUSES = new TreeSet<>();
  static final Set<Integer> GET_STATUSES = new TreeSet<>();
  static int posts;
  static int gets;

  static final List<String> METACHARACTERS = List.of("'", "\"", ";", "--", "/*", "*/", "%", "_", "\\", "' or '1'='1",
      "'); drop table events; --", "\u0000", "\uFFFD", "\uD83D\uDD4C", "<script>alert(1)</script>", "${jndi:ldap://x}",
      "%s%n%x", "../../etc/passwd", "..\\..\\windows", "\r\nX-Injected: 1", "9223372036854775808", "-1", "1e400",
      "NaN", "null", "[]", "{}", "", " ");

  @BeforeContainer
  static void start() throws Exception {
    site = TestServer.start(Files.createTempDirectory("server-fuzz"));
    workspace = site.workspace();
    server = site.server();
    incident = site.incident();
    User ada = workspace.accounts().add("ada", Role.ADMIN, "admin-password".toCharArray());
    token = workspace.accounts().addToken(ada, "fuzz");
  }

  @AfterContainer
  static void stop() {
    System.out.println("ServerFuzzIT statuses seen: POST " + POST_STATUSES + ", GET " + GET_STATUSES);
    if (site != null) site.close();
    if (posts > 0) {
      ReliabilityRows.record(ServerFuzzIT.class, "server: fuzz", "300 random bodies (JSON of the right and any shape,"
          + " nesting 2,000 deep, huge numbers, form fields, SQL metacharacters, invalid UTF-8, NUL) to each of the "
          + postRoutes().size() + " POST routes, as an admin's token", "never a 500, never a stack trace in the body",
          "as expected");
    }
    if (gets > 0) {
      ReliabilityRows.record(ServerFuzzIT.class, "server: fuzz", "300 random GET paths and queries (SQL"
          + " metacharacters, path traversal, encoded dots and slashes, NUL, 10,000-character values), raw on a socket",
          "never a 500, never a stack trace in the body", "as expected");
    }
    ReliabilityRows.check(ServerFuzzIT.class);
  }

  static List<String> postRoutes() {
    return server.routes().stream().filter(r -> r.startsWith("post ")).map(r -> r.substring(5)
        .replace("/api/incidents/{id}", "/api/incidents/" + incident).replace("/api/responses/{id}",
            "/api/responses/" + incident).replace("/events/{id}", "/events/" + incident)
        .replace("/api/tokens/{id}", "/api/tokens/999999")).toList(); // not the fuzzer's own token

  }

  @Property(tries = 300, seed = "20261205")
  void everyPostRoute_randomBody_neverA500(@ForAll("bodies") byte[] body, @ForAll boolean form) throws Exception {
    for (String path : postRoutes()) {
      assertThat(workspace.accounts().byToken(token)).as("the fuzzer's token still works").isPresent();
      String type = form ? "application/x-www-form-urlencoded" : "application/json";
      Answer a = send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
      assertClean("POST " + path + " " + new String(body, StandardCharsets.UTF_8), a);
      POST_STATUSES.add(a.status());
    }
    posts++;
  }

  @Property(tries = 300, seed = "20261205")
  void randomGetPathAndQuery_neverA500(@ForAll("targets") String target) throws Exception {
    Answer a = send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,application/json\r\n"
        + "Connection: close\r\n\r\n", new byte[0]);
    assertClean("GET " + target, a);
    GET_STATUSES.add(a.status());
    gets++;
  }

  static void assertClean(String what, Answer a) {
    assertThat(a.status()).as(what + " -> " + a.body()).isBetween(200, 499);
    assertThat(a.body()).as(what).doesNotContain("\tat ", "Exception", "org.marsad.", "java.lang.", "SQLState");
  }

  // ---- generators ----

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(METACHARACTERS),
        Arbitraries.strings().all().ofMaxLength(40), Arbitraries.longs().map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(60));
    Arbitrary<String> jsonValue = Arbitraries.oneOf(value.map(ServerFuzzIT::quote), value,
        Arbitraries.longs().map(String::valueOf), Arbitraries.of("true", "false", "null", "[]", "{}", "1e400", "-0"),
        value.list().ofMaxSize(5).map(l -> "[" + String.join(",", l.stream().map(ServerFuzzIT::quote).toList()) + "]"));
    Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("action", "ids", "fields", "into", "records", "name",
        "role", "password", "summary", "type", "date"), Arbitraries.strings().all().ofMaxLength(12));
    Arbitrary<String> shaped = Combinators.combine(key, jsonValue).as((k, v) -> quote(k) + ":" + v).list()
        .ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}");
    Arbitrary<String> action = Combinators.combine(Arbitraries.of("verify", "reject", "unverify", "edit", "merge",
        "split", "delete", "", "VERIFY"), jsonValue, jsonValue).as((act, f, r) -> "{\"action\":" + quote(act)
        + ",\"fields\":{\"summary\":" + f + ",\"date\":" + f + ",\"country\":" + r + "},\"into\":" + r
        + ",\"records\":" + r + ",\"ids\":" + r + "}");
    Arbitrary<String> deep = Arbitraries.integers().between(100, 2000).map(n -> "[".repeat(n) + "]".repeat(n));
    Arbitrary<String> formish = Combinators.combine(key, value).as((k, v) -> k + "=" + v).list().ofMaxSize(6)
        .map(l -> String.join("&", l));
    Arbitrary<byte[]> text = Arbitraries.oneOf(shaped, action, deep, formish, value, Arbitraries.strings().all()
        .ofMaxLength(200)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, text), net.jqwik.api.Tuple.of(2, bytes));
  }

  @Provide
  Arbitrary<String> targets() {
    List<String> bases = server.routes().stream().filter(r -> r.startsWith("get ")).map(r -> r.substring(4)).toList();
    Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of(METACHARACTERS).map(ServerFuzzIT::encode),
        Arbitraries.of("..", "%2e%2e", "%252e%252e", ".%2e", "%2f", "%5c", "%00", "%ff", "%c0%af", "//", ";x=1",
            "%", "%zz", "~", "index.html", "WEB-INF/web.xml", "static/../../pom.xml"),
        Arbitraries.strings().alpha().numeric().ofMaxLength(12), Arbitraries.longs().map(String::valueOf));
    Arbitrary<String> path = Combinators.combine(Arbitraries.of(bases), segment.list().ofMaxSize(4))
        .as((b, s) -> b.replaceAll("\\{[^}]+}", s.isEmpty() ? "1" : s.getFirst())
            + (s.size() > 1 ? "/" + String.join("/", s.subList(1, s.size())) : ""));
    Arbitrary<String> param = Combinators.combine(Arbitraries.of("type", "country", "status", "q", "from", "to",
        "limit", "offset", "facets", "kind", "next", "month", "id", "format"), Arbitraries.oneOf(
            Arbitraries.of(METACHARACTERS).map(ServerFuzzIT::encode), Arbitraries.strings().all().ofMaxLength(30)
                .map(ServerFuzzIT::encode), Arbitraries.of("a".repeat(10_000), "-1", "2147483648", "0", "2024-02-30",
                    "%", "%zz", "%00")))
        .as((k, v) -> k + "=" + v);
    return Combinators.combine(path, param.list().ofMaxSize(4))
        .as((p, q) -> (p.startsWith("/") ? p : "/" + p) + (q.isEmpty() ? "" : "?" + String.join("&", q)));
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  record Answer(int status, String body) {}

  static Answer send(String head, byte[] body) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      String raw = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = raw.length() >= 12 ? Integer.parseInt(raw.substring(9, 12)) : -1;
      int split = raw.indexOf("\r\n\r\n");
      return new Answer(status, split < 0 ? "" : raw.substring(split + 4));
    }
  }
}
