package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.testing.ReliabilityRows;

/** GDELT sources and leads on a loopback site: lastupdate.txt, zipped exports, article pages. */
class GdeltPollerTest {

  private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    site.pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    site.files.put("/gdeltv2/20240301100000.export.CSV.zip", GdeltRows.zip("20240301100000.export.CSV",
        String.join("\n", GdeltRows.event("11", "MOS", site.url("/news/mosque")),
            GdeltRows.event("12", "", "https://elsewhere.example/none"), "short\trow")));
    site.files.put("/gdeltv2/20240301100000.mentions.CSV.zip", GdeltRows.zip("20240301100000.mentions.CSV",
        String.join("\n", GdeltRows.mention("11", site.url("/news/mention")),
            GdeltRows.mention("12", "https://elsewhere.example/not-a-lead"))));
    site.pages.put("/gdeltv2/lastupdate.txt", String.join("\n",
        "1234 0123456789abcdef " + site.url("/gdeltv2/20240301100000.export.CSV.zip"),
        "2345 0123456789abcdef " + site.url("/gdeltv2/20240301100000.mentions.CSV.zip"),
        "3456 0123456789abcdef " + site.url("/gdeltv2/20240301100000.gkg.csv.zip")));
    site.pages.put("/news/mosque", "<!DOCTYPE html><html><head><title>Mosque attacked</title></head><body><article>"
        + "<p>A mosque in Leeds was vandalised overnight and police appealed for witnesses.</p></article></body></html>");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private PoliteFetcher fetcher() {
    return new PoliteFetcher(new FetchPolicy("MarsadBot/0.1", Duration.ZERO, Duration.ofSeconds(5), 1_000_000, 3),
        new AddressGuard(Set.of("127.0.0.1")), clock, d -> { });
  }

  private GdeltPoller poller() {
    return new GdeltPoller(fetcher(), GdeltLeads.defaults(), Backoff.defaults(), clock, GdeltExport.DEFAULT_MAX_INFLATED);
  }

  @Test
  void poll_lastUpdate_readsEventsThenMentionsOnceAndSkipsTheGkg() throws Exception {
    SourceState source = SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT);
    Set<String> seen = new HashSet<>();
    GdeltPoller.Poll poll = poller().poll(source, seen::contains, Set.of());
    assertThat(poll.errors()).isEmpty();
    assertThat(poll.leadUrls()).containsExactly(site.url("/news/mosque"), site.url("/news/mention"));
    assertThat(poll.leadEvents()).containsExactly("11");
    assertThat(poll.rows()).isEqualTo(5);
    assertThat(poll.skipped()).isEqualTo(1);
    assertThat(poll.exportsRead()).hasSize(2).noneMatch(u -> u.contains("gkg"));
    assertThat(poll.state().kind()).isEqualTo(SourceState.GDELT);
    assertThat(poll.state().lastStatus()).isEqualTo("200");
    assertThat(site.requests).doesNotContain("/gdeltv2/20240301100000.gkg.csv.zip");

    seen.addAll(poll.exportsRead());
    GdeltPoller.Poll again = poller().poll(poll.state(), seen::contains, Set.of());
    assertThat(again.leadUrls()).as("the exports were read before").isEmpty();
    assertThat(again.exportsRead()).isEmpty();
  }

  @Test
  void poll_exportUrlItself_isReadAndItsFailuresBackOff() throws Exception {
    SourceState export = SourceState.fresh(site.url("/gdeltv2/20240301100000.export.CSV.zip"), SourceState.GDELT);
    assertThat(poller().poll(export, u -> false, Set.of()).leadUrls()).containsExactly(site.url("/news/mosque"));

    site.pages.put("/gdeltv2/moved.export.CSV", "<html><body><p>This page has moved.</p></body></html>");
    GdeltPoller.Poll html = poller().poll(SourceState.fresh(site.url("/gdeltv2/moved.export.CSV"), SourceState.GDELT),
        u -> false, Set.of());
    assertThat(html.errors()).singleElement().asString().contains("not a GDELT 2.0 export");
    assertThat(html.leadUrls()).isEmpty();

    site.statuses.put("/gdeltv2/lastupdate.txt", 503);
    GdeltPoller.Poll failed = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"),
        SourceState.GDELT), u -> false, Set.of());
    assertThat(failed.state().failures()).isEqualTo(1);
    assertThat(failed.state().nextPollAt()).isAfter(NOW);
    assertThat(failed.errors()).singleElement().asString().contains("HTTP 503");
  }

  @Test
  void failed_unexpectedFailure_backsOffLongerForEachFailureInARow() {
    SourceState source = SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT);
    SourceState once = poller().failed(source, "IllegalStateException: boom\nat x").state();
    assertThat(once.failures()).isEqualTo(1);
    assertThat(once.nextPollAt()).isEqualTo(NOW.plus(Backoff.defaults().after(1)));
    assertThat(once.lastStatus()).isEqualTo("IllegalStateException: boom at x");
    assertThat(once.kind()).isEqualTo(SourceState.GDELT);
    SourceState twice = poller().failed(once, "boom").state();
    assertThat(twice.failures()).isEqualTo(2);
    assertThat(twice.nextPollAt()).isEqualTo(NOW.plus(Backoff.defaults().after(2))).isAfter(once.nextPollAt());
  }

  @Test
  void poll_brokenExport_reportedOnceAndTheOtherExportStillRead() throws Exception {
    site.files.put("/gdeltv2/20240301100000.export.CSV.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    GdeltPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT),
        u -> false, Set.of());
    assertThat(poll.errors()).singleElement().asString().contains("export.CSV.zip");
    assertThat(poll.exportsRead()).as("a broken export is not fetched again").hasSize(2);
    assertThat(poll.leadUrls()).as("no lead events known, so no mention is a lead").isEmpty();
    GdeltPoller.Poll known = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"),
        SourceState.GDELT), u -> false, Set.of("11"));
    assertThat(known.leadUrls()).as("event 11 was a lead of an earlier export").containsExactly(
        site.url("/news/mention"));
    assertThat(known.leadEvents()).isEmpty();
    assertThat(poll.state().failures()).isZero();
  }

  @Test
  void poll_exportAnswering503_notRememberedAndReadAtTheNextPoll() throws Exception {
    String export = "/gdeltv2/20240301100000.export.CSV.zip";
    site.statuses.put(export, 503);
    site.statuses.put("/gdeltv2/20240301100000.mentions.CSV.zip", 404);
    site.conditional.add("/gdeltv2/lastupdate.txt");
    SourceState source = SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT);
    Set<String> seen = new HashSet<>();
    GdeltPoller.Poll first = poller().poll(source, seen::contains, Set.of());
    assertThat(first.errors()).anySatisfy(e -> assertThat(e).contains("HTTP 503"));
    assertThat(first.exportsRead()).as("a 503 may pass; a 404 is for good")
        .containsExactly(site.url("/gdeltv2/20240301100000.mentions.CSV.zip"));
    assertThat(first.leadUrls()).isEmpty();
    assertThat(first.state().failures()).isZero();

    seen.addAll(first.exportsRead());
    site.statuses.remove(export);
    GdeltPoller.Poll next = poller().poll(first.state(), seen::contains, Set.of());
    assertThat(next.errors()).isEmpty();
    assertThat(next.exportsRead()).containsExactly(site.url(export));
    assertThat(next.leadUrls()).containsExactly(site.url("/news/mosque"));
    assertThat(next.state().etag()).as("nothing left to try again: validators kept").isEqualTo(site.etag);
    seen.addAll(next.exportsRead());
    assertThat(poller().poll(next.state(), seen::contains, Set.of()).state().lastStatus()).isEqualTo("304");
    ReliabilityRows.record(GdeltPollerTest.class, "watch: GDELT source", "export in lastupdate.txt answers 503, "
        + "then the file", "export not remembered; read at the next poll", first.errors().getFirst()
            .replace(site.url(""), "http://LOCAL") + "; next poll: " + next.leadUrls().size() + " lead(s)");
  }

  @Test
  void poll_exportRefusedForGood_reportedOnceRememberedAsReadAndNotAskedAgain() throws Exception {
    String disallowed = site.url("/private/20240301100000.export.CSV.zip");
    String refusedAddress = "http://10.0.0.1/gdeltv2/20240301100000.mentions.CSV.zip";
    site.files.put("/private/20240301100000.export.CSV.zip", site.files.get("/gdeltv2/20240301100000.export.CSV.zip"));
    site.pages.put("/gdeltv2/lastupdate.txt", String.join("\n",
        "1234 0123456789abcdef " + disallowed,
        "2345 0123456789abcdef " + refusedAddress));
    Set<String> seen = new HashSet<>();

    GdeltPoller.Poll first = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT),
        seen::contains, Set.of());

    assertThat(first.errors()).hasSize(2).noneMatch(e -> e.contains("tried again"));
    assertThat(first.errors().get(0)).contains("robots.txt of 127.0.0.1 disallows it");
    assertThat(first.errors().get(1)).startsWith("http://10.0.0.1").contains("non-public address 10.0.0.1");
    assertThat(first.exportsRead()).as("a refusal for good is remembered").containsExactly(disallowed,
        refusedAddress);
    assertThat(first.state().failures()).isZero();

    seen.addAll(first.exportsRead());
    int asked = site.requests.size();
    GdeltPoller.Poll second = poller().poll(first.state(), seen::contains, Set.of());
    assertThat(second.errors()).as("not reported again").isEmpty();
    assertThat(second.exportsRead()).isEmpty();
    assertThat(site.requests.subList(asked, site.requests.size())).as("nor asked again")
        .containsExactly("/robots.txt", "/gdeltv2/lastupdate.txt");
    assertThat(site.requests).doesNotContain("/private/20240301100000.export.CSV.zip");
    ReliabilityRows.record(GdeltPollerTest.class, "watch: GDELT source", "export in lastupdate.txt disallowed by "
        + "robots.txt, and one on a non-public address", "each a one-line error, remembered as read: not asked or "
        + "reported again at the next poll", String.join("; ", first.errors()).replace(site.url(""), "http://LOCAL")
            + "; next poll: " + second.errors().size() + " error(s)");
  }

  @Test
  void poll_exportWhoseRobotsTxtIsUnreachable_triedAgainAtTheNextPoll() throws Exception {
    try (LocalSite mirror = new LocalSite()) {
      mirror.statuses.put("/robots.txt", 503);
      mirror.files.put("/gdeltv2/20240301100000.export.CSV.zip",
          site.files.get("/gdeltv2/20240301100000.export.CSV.zip"));
      String export = mirror.url("/gdeltv2/20240301100000.export.CSV.zip");
      site.pages.put("/gdeltv2/lastupdate.txt", "1234 0123456789abcdef " + export);
      site.conditional.add("/gdeltv2/lastupdate.txt");
      Set<String> seen = new HashSet<>();

      GdeltPoller.Poll first = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"),
          SourceState.GDELT), seen::contains, Set.of());

      assertThat(first.errors()).singleElement().asString().contains("robots.txt of 127.0.0.1 unreachable (HTTP 503)")
          .endsWith(PoliteFetcher.TRY_LATER + ", tried again");
      assertThat(first.exportsRead()).as("a refusal for now is not remembered").isEmpty();
      assertThat(first.state().failures()).isZero();

      seen.addAll(first.exportsRead());
      mirror.statuses.remove("/robots.txt");
      GdeltPoller.Poll next = poller().poll(first.state(), seen::contains, Set.of());
      assertThat(next.errors()).isEmpty();
      assertThat(next.exportsRead()).containsExactly(export);
      assertThat(next.leadUrls()).containsExactly(site.url("/news/mosque"));
    }
  }

  @Test
  void poll_exportUrlTooLongOrWithAControlCharacter_reportedOnceNeverFetchedAndTheOthersRead() throws Exception {
    String prefix = site.url("/gdeltv2/");
    String suffix = ".export.CSV.zip";
    String longPath = "/gdeltv2/" + "a".repeat(4000 - prefix.length() - suffix.length()) + suffix;
    site.files.put(longPath, site.files.get("/gdeltv2/20240301100000.export.CSV.zip"));
    String withNul = "/gdeltv2/bad\u0000name.export.CSV.zip";
    site.pages.put("/gdeltv2/lastupdate.txt", String.join("\n",
        "1234 0123456789abcdef " + site.url(longPath),
        "1234 0123456789abcdef " + site.url(withNul),
        "1234 0123456789abcdef " + site.url("/gdeltv2/20240301100000.export.CSV.zip"),
        "2345 0123456789abcdef " + site.url("/gdeltv2/20240301100000.mentions.CSV.zip")));
    assertThat(site.url(longPath)).hasSize(4000);
    Set<String> seen = new HashSet<>();

    GdeltPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT),
        seen::contains, Set.of());

    assertThat(poll.errors()).hasSize(2).allSatisfy(e -> assertThat(e).hasSizeLessThan(300).doesNotContain("\n")
        .doesNotContain("\u0000"));
    assertThat(poll.errors().get(0)).startsWith(site.url("/gdeltv2/aaa"))
        .endsWith("...: export URL in lastupdate.txt not read (4000 characters, over 2000)");
    assertThat(poll.errors().get(1)).isEqualTo(site.url("/gdeltv2/bad name.export.CSV.zip")
        + ": export URL in lastupdate.txt not read (a control character)");
    assertThat(poll.exportsRead()).as("bad entries remembered by a key, not their URL").containsExactly(
        StorableUrl.keyOf(site.url(longPath)), StorableUrl.keyOf(site.url(withNul)),
        site.url("/gdeltv2/20240301100000.export.CSV.zip"), site.url("/gdeltv2/20240301100000.mentions.CSV.zip"));
    assertThat(poll.exportsRead().subList(0, 2)).allSatisfy(k -> assertThat(k).matches("bad-entry:sha256:[0-9a-f]{64}")
        .satisfies(key -> assertThat(StorableUrl.problem(key)).isEmpty()));
    assertThat(site.requests).as("never fetched").doesNotContain(longPath).noneMatch(r -> r.contains("bad"));
    assertThat(poll.leadUrls()).containsExactly(site.url("/news/mosque"), site.url("/news/mention"));
    assertThat(poll.state().failures()).isZero();
    assertThat(poll.state().lastStatus()).isEqualTo("200");

    seen.addAll(poll.exportsRead());
    GdeltPoller.Poll again = poller().poll(poll.state(), seen::contains, Set.of());
    assertThat(again.state().lastStatus()).as("the same lastupdate.txt, read again: no 304 here").isEqualTo("200");
    assertThat(again.errors()).as("bad entries reported once").isEmpty();
    assertThat(again.exportsRead()).isEmpty();
    ReliabilityRows.record(GdeltPollerTest.class, "watch: GDELT source", "export URL in lastupdate.txt of 4,000 "
        + "characters, and one with a NUL, among good exports", "each a one-line error, once (remembered by a hash), "
        + "never fetched; the other exports read, source not failed", String.join("; ", poll.errors())
            .replace(site.url(""), "http://LOCAL").replaceAll("a{10,}", "aaa") + "; " + poll.leadUrls().size()
            + " lead(s) from the others; next poll: " + again.errors().size() + " error(s)");
  }

  @Test
  void poll_servedZipBomb_refusedAtTheCapAndNotFetchedAgain() throws Exception {
    site.files.put("/gdeltv2/20240301100000.export.CSV.zip", GdeltRows.zip("bomb.CSV", new byte[100 * 1024 * 1024]));
    GdeltPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT),
        u -> false, Set.of());
    assertThat(poll.errors()).singleElement().asString().contains("zip bomb");
    assertThat(poll.exportsRead()).contains(site.url("/gdeltv2/20240301100000.export.CSV.zip"));
    assertThat(poll.state().failures()).isZero();
    ReliabilityRows.record(GdeltPollerTest.class, "watch: GDELT source", "export in lastupdate.txt is a zip bomb "
        + "(100 MiB of zeros)", "refused at 32 MiB inflated, one-line error, export not fetched again",
        poll.errors().getFirst().replace(site.url(""), "http://LOCAL"));
  }

  @Test
  void poll_servedTruncatedExport_reportedAndTheSourceKeepsItsSchedule() throws Exception {
    byte[] zip = GdeltRows.zip("t.CSV", GdeltRows.event("1", "MOS", "https://x.example/a").repeat(50));
    site.files.put("/gdeltv2/20240301100000.export.CSV.zip", java.util.Arrays.copyOf(zip, zip.length / 2));
    GdeltPoller.Poll poll = poller().poll(SourceState.fresh(site.url("/gdeltv2/lastupdate.txt"), SourceState.GDELT),
        u -> false, Set.of());
    assertThat(poll.errors()).singleElement().asString().contains("truncated");
    assertThat(poll.state().failures()).isZero();
    ReliabilityRows.record(GdeltPollerTest.class, "watch: GDELT source", "export in lastupdate.txt is truncated",
        "one-line error, no lead from it, source not failed", poll.errors().getFirst()
            .replace(site.url(""), "http://LOCAL"));
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(GdeltPollerTest.class);
  }

  @Test
  void fetch_leads_readLikeFeedArticlesWithOneLineOutcomes() throws Exception {
    LeadFetcher leads = new LeadFetcher(fetcher(), new Ingestor(clock));
    LeadFetcher.Fetch ok = leads.fetch(site.url("/news/mosque"));
    assertThat(ok.outcome()).isEqualTo("stored");
    assertThat(ok.documents()).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo(site.url("/news/mosque"));
      assertThat(d.text()).contains("mosque in Leeds");
    });
    assertThat(leads.fetch(site.url("/news/missing")).outcome()).isEqualTo("HTTP 404");
    assertThat(leads.fetch(site.url("/private/x")).outcome()).contains("robots.txt");
    LeadFetcher.Fetch refused = leads.fetch("http://10.0.0.1/inside");
    assertThat(refused.failed()).isTrue();
    assertThat(refused.outcome()).doesNotContain("\n").isNotEmpty();
  }
}
