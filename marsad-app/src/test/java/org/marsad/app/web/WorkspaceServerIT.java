package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;

/**
 * The workspace server on a real embedded PostgreSQL and a real Lucene index, with events made by
 * plain SQL (no pipeline): the API and its OpenAPI document, reviews with their audit log, exports,
 * and the security rules (escaping, roles, CSRF, SQL metacharacters, rate limit).
 */
class WorkspaceServerIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String XSS_TITLE = "<script>alert('t')</script> Mosque <img src=x onerror=alert(1)>";
  static final String XSS_TEXT = "Vandals sprayed <script>alert('x')</script> on the mosque <b onmouseover=\"alert(2)\">door</b> in Lyon.";

  @TempDir static Path home;
  static Store store;
  static Workspace workspace;
  static SearchIndex index;
  static WebServer server;
  static WebServer privateServer;
  static long quebec;
  static long lyon;
  static long condemnation;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(StoreConfig.embedded(home.resolve("store")).withBinaries(Path.of("target", "pgbin")), Clock.systemUTC());
    workspace = Workspace.over(store, Clock.systemUTC(), 8);
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    quebec = f.quebecMosqueAttack();
    lyon = f.event("incident", "place_of_worship_attack", XSS_TITLE, XSS_TEXT,
        "Vandals sprayed <script>alert('x')</script> on the mosque", LocalDate.of(2024, 5, 2), "Lyon", "FR", 45.75, 4.85);
    condemnation = f.oicCondemnation();
    workspace.accounts().add("ada", Role.ADMIN, "admin-password".toCharArray());
    workspace.accounts().add("ana", Role.ANALYST, "analyst-password".toCharArray());
    workspace.accounts().add("vic", Role.VIEWER, "viewer-password".toCharArray());
    index = SearchIndex.open(home.resolve("index"));
    index.sync(workspace.documents());
    server = WebServer.start(ServerConfig.local(0), workspace, index, Clock.systemUTC());
    privateServer = WebServer.start(ServerConfig.local(0).withPrivateReads(true), workspace, index, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (privateServer != null) privateServer.close();
    if (server != null) server.close();
    if (index != null) index.close();
    if (workspace != null) workspace.close();
    if (store != null) store.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  @Test
  void openapi_describesEveryRouteAndNothingElse() throws Exception {
    JsonNode doc = json(new TestClient(server.port()).get("/api/openapi.json"));
    Set<String> documented = new HashSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().properties()
        .forEach(m -> documented.add(m.getKey() + " " + p.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
  }

  @Test
  void incidents_filterAndPage_countEvents() throws Exception {
    TestClient c = new TestClient(server.port());
    JsonNode all = json(c.get("/api/incidents?facets=true"));
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode ca = json(c.get("/api/incidents?country=ca&type=place_of_worship_attack&from=2017-01-01&to=2017-12-31"));
    assertThat(ca.get("total").asLong()).isEqualTo(1);
    assertThat(ca.get("items").get(0).get("id").asLong()).isEqualTo(quebec);
    JsonNode page = json(c.get("/api/incidents?limit=1&offset=1"));
    assertThat(page.get("items")).hasSize(1);
    assertThat(json(c.get("/api/responses?q=OIC")).get("items").get(0).get("id").asLong()).isEqualTo(condemnation);
    assertThat(c.get("/api/incidents?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(c.get("/api/incidents?limit=100000").statusCode()).isEqualTo(400);
  }

  @Test
  void incidentDetail_hasSourcesWithEvidence_andDocumentHasText() throws Exception {
    TestClient c = new TestClient(server.port());
    JsonNode d = json(c.get("/api/incidents/" + quebec));
    JsonNode source = d.get("sources").get(0);
    assertThat(source.get("evidence").get(0).get("quote").asText()).isEqualTo("A gunman opened fire in a Quebec City mosque");
    JsonNode doc = json(c.get("/api/documents/" + source.get("documentId").asText()));
    assertThat(doc.get("text").asText()).contains("killing six worshippers");
    assertThat(doc.get("events").get(0).asLong()).isEqualTo(quebec);
    assertThat(c.get("/api/incidents/" + condemnation).statusCode()).isEqualTo(404);
    assertThat(c.get("/api/incidents/999999").statusCode()).isEqualTo(404);
    assertThat(c.get("/api/documents/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void review_withToken_verifiesAndAudits_beforeAndAfter() throws Exception {
    TestClient ana = new TestClient(server.port());
    assertThat(ana.signIn("ana", "analyst-password")).isEqualTo(303);
    String token = json(ana.postJson("/api/tokens", "{\"name\": \"script\"}")).get("token").asText();
    TestClient script = new TestClient(server.port());
    script.bearer = token;
    JsonNode after = json(script.postJson("/api/responses/" + condemnation + "/review", "{\"action\": \"verify\"}"));
    assertThat(after.get("status").asText()).isEqualTo("verified");
    assertThat(after.get("reviewedBy").asText()).isEqualTo("ana");
    JsonNode edited = json(script.postJson("/api/responses/" + condemnation + "/review",
        "{\"action\": \"edit\", \"fields\": {\"summary\": \"OIC condemns the Quebec attack\"}}"));
    assertThat(edited.get("summary").asText()).isEqualTo("OIC condemns the Quebec attack");
    JsonNode history = json(script.get("/api/responses/" + condemnation)).get("history");
    assertThat(history).hasSizeGreaterThanOrEqualTo(2);
    JsonNode first = history.get(0);
    assertThat(first.get("actor").asText()).isEqualTo("ana");
    assertThat(first.get("action").asText()).isEqualTo("verify");
    assertThat(JSON.readTree(first.get("before").asText()).get("status").asText()).isEqualTo("unverified");
    assertThat(JSON.readTree(first.get("after").asText()).get("status").asText()).isEqualTo("verified");
    // revoked tokens stop working
    long tokenId = json(ana.get("/api/tokens")).get(0).get("id").asLong();
    assertThat(ana.postJson("/api/tokens/" + tokenId + "/revoke", "{}").statusCode()).isEqualTo(200);
    assertThat(script.postJson("/api/responses/" + condemnation + "/review", "{\"action\": \"reject\"}").statusCode()).isEqualTo(401);
    assertThat(ana.postJson("/api/incidents/" + quebec + "/review", "{\"action\": \"edit\", \"fields\": {\"date\": \"soon\"}}").statusCode()).isEqualTo(400);
  }

  @Test
  void mergeAndSplit_moveSources_andKeepHistory() throws Exception {
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    long a = f.event("incident", "desecration", "Quran burned in Malmo", "A man burned a Quran in Malmo.",
        "burned a Quran", LocalDate.of(2023, 1, 21), "Malmo", "SE", 55.6, 13.0);
    long b = f.event("incident", "desecration", "Quran burning outside embassy", "A Quran was burned in Malmo on Saturday.",
        "a Quran was burned", LocalDate.of(2023, 1, 21), "Malmo", "SE", 55.6, 13.0);
    TestClient ana = new TestClient(server.port());
    ana.signIn("ana", "analyst-password");
    JsonNode merged = json(ana.postJson("/api/incidents/" + b + "/review", "{\"action\": \"merge\", \"into\": " + a + "}"));
    assertThat(merged.get("id").asLong()).isEqualTo(a);
    assertThat(merged.get("sources").asInt()).isEqualTo(2);
    HttpResponse<String> old = ana.get("/api/incidents/" + b);
    assertThat(old.statusCode()).as("the merged event's address moved").isEqualTo(301);
    assertThat(old.headers().firstValue("Location")).contains("/api/incidents/" + a);
    HttpResponse<String> page = ana.get("/incidents/" + b);
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location")).contains("/incidents/" + a);
    HttpResponse<String> change = ana.postJson("/api/incidents/" + b + "/review", "{\"action\": \"verify\"}");
    assertThat(change.statusCode()).as("a change is not redirected").isEqualTo(404);
    assertThat(change.body()).contains("merged into " + a);
    JsonNode detail = json(ana.get("/api/incidents/" + a));
    long moved = detail.get("sources").get(1).get("recordId").asLong();
    JsonNode split = json(ana.postJson("/api/incidents/" + a + "/review", "{\"action\": \"split\", \"records\": [" + moved + "]}"));
    assertThat(split.get("id").asLong()).isNotEqualTo(a);
    assertThat(split.get("sources").asInt()).isEqualTo(1);
    assertThat(json(ana.get("/api/incidents/" + a)).get("sources")).hasSize(1);
    assertThat(workspace.events().history(b)).extracting(e -> e.action()).contains("merge");
    assertThat(ana.postJson("/api/incidents/" + a + "/review", "{\"action\": \"merge\", \"into\": " + condemnation + "}").statusCode()).isEqualTo(400);
  }

  @Test
  void deletedEvent_answersGone_pageAndApi() throws Exception {
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    long gone = f.event("incident", "threat_harassment", "Letters sent to a mosque", "Threatening letters were sent.",
        "Threatening letters", LocalDate.of(2022, 3, 4), "Leeds", "GB", 53.8, -1.55);
    // its document withdrawn: the sources go, and no analyst reviewed it
    workspace.jdbi().useHandle(h -> h.execute("delete from event_sources where event_id = ?", gone));
    TestClient c = new TestClient(server.port());
    assertThat(c.get("/api/incidents/" + gone).statusCode()).isEqualTo(410);
    assertThat(c.get("/incidents/" + gone).statusCode()).isEqualTo(410);
    assertThat(c.get("/api/responses/" + gone).statusCode()).isEqualTo(410);
  }

  @Test
  void edit_survivesANewSourceJoining() throws Exception {
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    long id = f.event("incident", "threat_harassment", "Threats sent to a mosque in Leeds",
        "Threats were sent to a mosque in Leeds.", "Threats were sent", LocalDate.of(2022, 6, 1), "Leeds", "GB", 53.8, -1.55);
    TestClient ana = new TestClient(server.port());
    ana.signIn("ana", "analyst-password");
    json(ana.postJson("/api/incidents/" + id + "/review",
        "{\"action\": \"edit\", \"fields\": {\"summary\": \"Threatening letters to Leeds Grand Mosque\", \"type\": \"hate_speech\"}}"));
    long other = f.event("incident", "threat_harassment", "Another report", "Another report of threats.",
        "threats", LocalDate.of(2022, 6, 2), "Leeds", "GB", 53.8, -1.55);
    String doc = json(ana.get("/api/incidents/" + other)).get("sources").get(0).get("documentId").asText();
    store.events().attach(new org.marsad.store.RecordRef(doc, 0), id, org.marsad.store.Decision.of("same_event", 0.9));
    JsonNode after = json(ana.get("/api/incidents/" + id)).get("event");
    assertThat(after.get("sources").asInt()).isEqualTo(2);
    assertThat(after.get("summary").asText()).isEqualTo("Threatening letters to Leeds Grand Mosque");
    assertThat(after.get("type").asText()).isEqualTo("hate_speech");
  }

  @Test
  void bulk_verifiesManyInOneTransaction() throws Exception {
    WorkspaceFixture f = new WorkspaceFixture(workspace);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(f.event("incident", "threat_harassment", "Letter " + i, "Threatening letter " + i + " sent to a mosque.",
          "Threatening letter", LocalDate.of(2022, 3, 1 + i), "Leeds", "GB", 53.8, -1.55));
    }
    TestClient ana = new TestClient(server.port());
    ana.signIn("ana", "analyst-password");
    JsonNode r = json(ana.postJson("/api/review/bulk", "{\"action\": \"reject\", \"ids\": " + ids + "}"));
    assertThat(r.get("updated").asInt()).isEqualTo(5);
    for (long id : ids) {
      assertThat(json(ana.get("/api/incidents/" + id)).get("event").get("status").asText()).isEqualTo("rejected");
    }
    List<Long> withMissing = new ArrayList<>(List.of(quebec, 987654321L));
    assertThat(ana.postJson("/api/review/bulk", "{\"action\": \"verify\", \"ids\": " + withMissing + "}").statusCode()).isEqualTo(404);
    assertThat(json(ana.get("/api/incidents/" + quebec)).get("event").get("status").asText()).isNotEqualTo("verified");
  }

  @Test
  void exports_streamCsvJsonGeojson_ofTheFilteredEvents() throws Exception {
    TestClient c = new TestClient(server.port());
    HttpResponse<String> csv = c.get("/api/export/incidents.csv?country=CA");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst()).isEqualTo(String.join(",", Exports.CSV_COLUMNS));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(quebec + ",incident,place_of_worship_attack,2017-01-29");
    JsonNode all = JSON.readTree(c.get("/api/export/incidents.json").body());
    assertThat(all.size()).isEqualTo(json(c.get("/api/incidents")).get("total").asInt());
    JsonNode geo = JSON.readTree(c.get("/api/export/incidents.geojson?country=CA").body());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-71.21);
    assertThat(Exports.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void search_findsDocuments_withFacets() throws Exception {
    JsonNode r = json(new TestClient(server.port()).get("/api/search?q=gunman+mosque"));
    assertThat(r.get("total").asLong()).isEqualTo(1);
    assertThat(r.get("hits").get(0).get("title").asText()).contains("Quebec");
    JsonNode all = json(new TestClient(server.port()).get("/api/search?q=mosque&country=FR"));
    assertThat(all.get("facets").get("country").has("FR")).isTrue();
    assertThat(all.get("facets").get("country").has("CA")).isFalse();
    assertThat(json(new TestClient(server.port()).get("/api/search?q=%22unbalanced+(")).get("total").asLong()).isGreaterThanOrEqualTo(0);
  }

  // ---- security ----

  @Test
  void scriptsAndEventHandlers_inTitleAndText_renderAsText() throws Exception {
    TestClient c = new TestClient(server.port());
    String docId = json(c.get("/api/incidents/" + lyon)).get("sources").get(0).get("documentId").asText();
    for (String path : List.of("/", "/incidents/" + lyon, "/documents/" + docId, "/search?q=vandals",
        "/map", "/timeline", "/?q=" + java.net.URLEncoder.encode("<script>alert(9)</script>", "UTF-8"))) {
      HttpResponse<String> r = c.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      String body = r.body();
      assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
          .doesNotContain("<b onmouseover").doesNotContain("<script>alert(9)");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }
    assertThat(c.get("/incidents/" + lyon).body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;b onmouseover=&quot;alert(2)&quot;&gt;");
  }

  /** Every endpoint that changes something, with a body that would be accepted. */
  List<String[]> writes() {
    return List.of(
        new String[] {"/api/incidents/" + quebec + "/review", "{\"action\": \"reject\"}"},
        new String[] {"/api/responses/" + condemnation + "/review", "{\"action\": \"reject\"}"},
        new String[] {"/api/review/bulk", "{\"action\": \"reject\", \"ids\": [" + quebec + "]}"},
        new String[] {"/api/users", "{\"name\": \"mallory\", \"role\": \"admin\", \"password\": \"12345678910\"}"},
        new String[] {"/events/" + quebec + "/review", "action=reject"},
        new String[] {"/review/bulk", "action=reject&ids=" + quebec});
  }

  @Test
  void writes_byAnonymousAndViewer_areRefused() throws Exception {
    TestClient anonymous = new TestClient(server.port());
    TestClient viewer = new TestClient(server.port());
    assertThat(viewer.signIn("vic", "viewer-password")).isEqualTo(303);
    for (String[] w : writes()) {
      assertThat(anonymous.postJson(w[0], w[1]).statusCode()).as("anonymous " + w[0]).isEqualTo(401);
      assertThat(viewer.postJson(w[0], w[1]).statusCode()).as("viewer " + w[0]).isEqualTo(403);
    }
    assertThat(anonymous.postJson("/api/tokens", "{\"name\": \"x\"}").statusCode()).isEqualTo(401);
    assertThat(json(anonymous.get("/api/incidents/" + quebec)).get("event").get("status").asText()).isNotEqualTo("rejected");
    assertThat(workspace.accounts().find("mallory")).isEmpty();
  }

  @Test
  void sessionWrites_withoutCsrfToken_areRefused() throws Exception {
    TestClient ana = new TestClient(server.port());
    ana.signIn("ana", "analyst-password");
    String csrf = ana.csrf;
    ana.csrf = null;
    assertThat(ana.postJson("/api/incidents/" + quebec + "/review", "{\"action\": \"reject\"}").statusCode()).isEqualTo(403);
    assertThat(ana.postForm("/events/" + quebec + "/review", Map.of("action", "reject")).statusCode()).isEqualTo(403);
    assertThat(ana.postForm("/events/" + quebec + "/review", Map.of("action", "reject", "_csrf", "forged")).statusCode()).isEqualTo(403);
    assertThat(csrf).isNotBlank();
    HttpResponse<String> login = new TestClient(server.port()).postForm("/login", Map.of("name", "ana", "password", "analyst-password"));
    assertThat(login.statusCode()).as("sign-in without the form's token").isEqualTo(403);
  }

  @Test
  void sqlMetacharacters_inEveryFilter_areHarmless() throws Exception {
    TestClient c = new TestClient(server.port());
    List<String> evil = List.of("' or '1'='1", "'; drop table events; --", "%", "_", "\\", "\" or 1=1 --",
        "1); delete from users; --", "%' union select password_hash from users --");
    long before = json(c.get("/api/incidents")).get("total").asLong();
    for (String e : evil) {
      String v = java.net.URLEncoder.encode(e, "UTF-8");
      for (String p : List.of("type", "country", "status", "q", "from", "to", "limit", "offset")) {
        for (String base : List.of("/api/incidents", "/api/responses", "/api/export/incidents.csv", "/", "/map", "/timeline")) {
          int code = c.get(base + "?" + p + "=" + v).statusCode();
          assertThat(code).as(base + "?" + p + "=" + e).isIn(200, 400);
        }
      }
      if (!e.equals("_")) { // an underscore is in type ids: found literally, as it should be
        assertThat(json(c.get("/api/incidents?q=" + v)).get("total").asLong()).as(e).isZero();
      }
      assertThat(json(c.get("/api/incidents?type=" + v)).get("total").asLong()).as(e).isZero();
      for (String p : List.of("q", "type", "country", "month")) {
        assertThat(c.get("/api/search?" + p + "=" + v).statusCode()).as("search " + p + "=" + e).isEqualTo(200);
      }
      assertThat(c.get("/api/documents/" + java.net.URLEncoder.encode(e, "UTF-8").replace("+", "%20")).statusCode()).isIn(404, 400);
    }
    assertThat(json(c.get("/api/incidents")).get("total").asLong()).isEqualTo(before);
    assertThat(workspace.accounts().find("ana")).isPresent();
  }

  @Test
  void signIn_isRateLimited_andPrivateWorkspaceNeedsAnAccount() throws Exception {
    TestClient c = new TestClient(server.port());
    for (int i = 0; i < 5; i++) {
      assertThat(c.signIn("ada", "wrong-password-" + i)).isEqualTo(401);
    }
    assertThat(c.signIn("ada", "admin-password")).isEqualTo(429);
    TestClient p = new TestClient(privateServer.port());
    assertThat(p.get("/api/incidents").statusCode()).isEqualTo(401);
    assertThat(p.get("/").statusCode()).isEqualTo(303);
    assertThat(p.get("/health").statusCode()).isEqualTo(200);
    assertThat(p.signIn("vic", "viewer-password")).isEqualTo(303);
    assertThat(p.get("/api/incidents").statusCode()).isEqualTo(200);
  }

  @Test
  void cookies_areHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> r = new TestClient(server.port()).get("/login");
    assertThat(r.headers().allValues("Set-Cookie")).allSatisfy(v -> assertThat(v).contains("HttpOnly").contains("SameSite=Strict"));
  }
}
