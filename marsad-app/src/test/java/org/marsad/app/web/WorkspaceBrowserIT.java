package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.Main;
import org.marsad.app.search.SearchIndex;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;

/**
 * The workspace in a real browser (Debian's chromium driven by Playwright) over the seed articles
 * run through the whole pipeline: an analyst signs in, verifies an incident, sees it on the map and
 * in the export, and triages the review queue with the keyboard. Screenshots go to
 * target/screenshots.
 */
class WorkspaceBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path home;
  static Store store;
  static Workspace workspace;
  static SearchIndex index;
  static WebServer server;
  static Playwright playwright;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    String env = System.getenv("MARSAD_SHARED");
    Path seeds = (env != null ? Path.of(env) : Path.of("..", "..", "shared")).resolve("seeds").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(seeds), "shared seeds not found at " + seeds + "; skipping");
    assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM + " (apt-get install chromium); skipping");
    Path articles = Files.createDirectories(home.resolve("articles"));
    try (var files = Files.list(seeds)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, articles.resolve(p.getFileName()));
      }
    }
    try (var files = Files.list(seeds.resolve("dev"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, articles.resolve(p.getFileName()));
      }
    }
    Path state = home.resolve("state");
    assertThat(Main.run("ingest", "--home", state.toString(), articles.toString())).isIn(Main.OK, Main.QUARANTINED);
    assertThat(Main.run("process", "--home", state.toString())).isIn(Main.OK, Main.QUARANTINED);
    store = Store.open(StoreConfig.embedded(state), Clock.systemUTC());
    workspace = Workspace.over(store, Clock.systemUTC(), 8);
    workspace.accounts().add("ana", Role.ANALYST, "analyst-password".toCharArray());
    index = SearchIndex.open(state.resolve("index"));
    index.sync(workspace.documents());
    server = WebServer.start(ServerConfig.local(0), workspace, index, Clock.systemUTC());
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(SHOTS);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
    if (index != null) index.close();
    if (workspace != null) workspace.close();
    if (store != null) store.close();
  }

  static Page signedIn() {
    Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    page.navigate(base + "/login");
    page.locator("#name").fill("ana");
    page.locator("#password").fill("analyst-password");
    page.locator("#signin").click();
    page.waitForURL(base + "/");
    return page;
  }

  @Test
  void analyst_verifiesAnIncidentFromTheSeeds_andSeesItOnTheMapAndInTheExport() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode incidents = json.readTree(new TestClient(server.port()).get("/api/incidents?limit=100").body());
    JsonNode chosen = null;
    for (JsonNode e : incidents.get("items")) {
      if (!e.get("country").isNull() && chosen == null) {
        chosen = e;
      }
    }
    assertThat(chosen).as("the seeds yield an incident with a country: " + incidents).isNotNull();
    long id = chosen.get("id").asLong();
    String country = chosen.get("country").asText();

    Page page = signedIn();
    assertThat(page.locator(".who").textContent()).contains("ana");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("1-incidents.png")).setFullPage(true));
    page.locator("a[href='/incidents/" + id + "']").first().click();
    page.waitForURL(base + "/incidents/" + id);
    assertThat(page.locator("article.source mark").count()).as("evidence highlighted").isGreaterThan(0);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("2-incident.png")).setFullPage(true));
    page.locator("#verify").click();
    page.waitForURL(base + "/incidents/" + id);
    assertThat(page.locator("#status").textContent()).isEqualTo("verified");
    assertThat(page.locator("table.history").textContent()).contains("verify").contains("ana");

    page.navigate(base + "/map?kind=incident&status=verified");
    String count = page.locator("path[data-iso2='" + country + "']").first().getAttribute("data-count");
    assertThat(count).isEqualTo("1");
    assertThat(page.locator("tr[data-country='" + country + "']").textContent()).contains("1");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("3-map-verified.png")).setFullPage(true));

    var download = page.waitForDownload(() -> page.evaluate(
        "url => { const a = document.createElement('a'); a.href = url; a.download = 'x.csv'; document.body.appendChild(a); a.click(); }",
        "/api/export/incidents.csv?status=verified"));
    String csv = Files.readString(download.path());
    assertThat(csv.lines().skip(1).toList()).hasSize(1);
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .startsWith(id + ",incident,").contains(",verified,").contains(",ana,");
    page.context().close();
  }

  @Test
  void reviewQueue_keyboard_rejectsTheCurrentRow() throws Exception {
    Page page = signedIn();
    page.navigate(base + "/review?kind=response");
    int before = page.locator("tr.item").count();
    assumeTrue(before > 0, "no unverified responses to triage");
    String first = page.locator("tr.item").first().getAttribute("data-id");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("4-review-queue.png")).setFullPage(true));
    page.keyboard().press("r");
    page.waitForLoadState();
    page.waitForCondition(() -> page.locator("tr.item[data-id='" + first + "']").count() == 0);
    assertThat(workspace.events().detail(Long.parseLong(first)).orElseThrow().event().status()).isEqualTo("rejected");
    page.navigate(base + "/search?q=Islamophobia");
    assertThat(page.locator(".hit").count()).isGreaterThan(0);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("5-search.png")).setFullPage(true));
    page.navigate(base + "/responses");
    assertThat(page.locator("td.actors").allTextContents()).as("responses list their actors")
        .anySatisfy(t -> assertThat(t).isNotBlank());
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("7-responses.png")).setFullPage(true));
    page.navigate(base + "/timeline?kind=response");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("6-timeline.png")).setFullPage(true));
    page.context().close();
  }
}
