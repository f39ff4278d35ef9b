package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.core.testing.MovableClock;
import org.marsad.core.testing.ReliabilityRows;
import org.marsad.store.Decision;
import org.marsad.store.DocumentStatus;
import org.marsad.store.RecordRef;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * {@code marsad alerts} end to end: a workspace on embedded PostgreSQL seeded with incident events
 * whose counts make one spike (Quran burnings in Sweden: a few over three weeks, then six in one
 * day; six more dated next week, which do not count) beside a flat series that makes none (one
 * hate-speech incident a day in France), and webhook
 * receivers on loopback: one that answers 204, one that answers 500.
 */
class AlertsCommandIT {

  static final LocalDate START = LocalDate.of(2025, 3, 1);
  static final LocalDate SPIKE_DAY = START.plusDays(20);
  /** The path of a webhook is often its secret (Slack, Teams): it must never be printed. */
  static final String SECRET_PATH = "/hook/T0SECRET/B0SECRET/xoxSECRETPATH";

  @TempDir static Path home;
  static HttpServer receiver;
  static final List<String> received = new CopyOnWriteArrayList<>();
  static final AtomicInteger brokenCalls = new AtomicInteger();
  static final AtomicInteger flakyCalls = new AtomicInteger();
  static final AtomicBoolean flakyUp = new AtomicBoolean();
  static final List<String> fresh = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void seedAndServe() throws Exception {
    try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC())) {
      int n = 0;
      for (int day : new int[] {0, 3, 9}) {
        incident(store, "b" + n++, "desecration", START.plusDays(day), "SE");
      }
      for (int i = 0; i < 6; i++) {
        incident(store, "b" + n++, "desecration", SPIKE_DAY, "SE");
      }
      for (int i = 0; i < 6; i++) { // misdated, or planned: never a spike
        incident(store, "b" + n++, "desecration", LocalDate.now(Clock.systemUTC()).plusDays(10), "SE");
      }
      for (int day = 0; day <= 20; day++) {
        incident(store, "f" + day, "hate_speech", START.plusDays(day), "FR");
      }
    }
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(SECRET_PATH, ex -> {
      received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.createContext("/broken" + SECRET_PATH, ex -> {
      ex.getRequestBody().readAllBytes();
      brokenCalls.incrementAndGet();
      ex.sendResponseHeaders(500, -1);
      ex.close();
    });
    receiver.createContext("/flaky", ex -> {
      ex.getRequestBody().readAllBytes();
      flakyCalls.incrementAndGet();
      ex.sendResponseHeaders(flakyUp.get() ? 200 : 502, -1);
      ex.close();
    });
    receiver.createContext("/fresh", ex -> {
      fresh.add(ex.getRequestURI().getPath() + " " + new String(ex.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
    ReliabilityRows.check(AlertsCommandIT.class);
  }

  /** Stores one processed article with one incident and starts its event. */
  static void incident(Store store, String id, String type, LocalDate day, String country) {
    String text = "An incident of " + type + " was reported in " + country + " on " + day + ".";
    store.documents().insertIfAbsent(new Document(id, "fixture", "https://example.org/" + id, "Incident " + id, day,
        null, "en", text));
    Evidence quote = new Evidence(id, new Span(0, text.length()), text);
    Place place = new Place("country:" + country, country, country, "", 0, 0, 0, Place.Kind.COUNTRY);
    store.records().replaceForDocument(id, List.of(new ExtractedRecord(id, RecordKind.INCIDENT, type, day, null,
        quote, place, quote, List.of(), List.of(quote), "fixture")));
    store.events().create(new RecordRef(id, 0), Decision.of("new", null));
    store.documents().markStatus(id, DocumentStatus.PROCESSED, "en");
  }

  static String url(String path) {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
  }

  /** {@code alerts} on this class's workspace on the spike's day: the spike is current for a new webhook. */
  static CommandRun alerts(String... more) {
    AlertsCommand command = new AlertsCommand();
    command.clock = clockOn(SPIKE_DAY);
    String[] base = {"--home", home.toString(), "--since", START.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CommandRun.of(command, args);
  }

  /** A clock at 09:00 UTC on {@code day}, when {@code day} is the latest day anywhere (UTC+14 is already past it). */
  static Clock clockOn(LocalDate day) {
    return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  @Test
  void alerts_oneSpikeAmongTwoSeries_printedThenSentOnceAndKeptUnsentWhenTheReceiverFails() throws Exception {
    CommandRun printed = alerts();
    assertThat(printed.code()).as(printed.err()).isEqualTo(Main.OK);
    assertThat(printed.out()).contains("spike " + SPIKE_DAY + " SE desecration: 6 incidents").contains("(found)")
        .doesNotContain("FR");
    assertThat(printed.lastJson().toString())
        .isEqualTo("{\"series\":2,\"spikes\":1,\"sent\":0,\"already_sent\":0,\"unsent\":0,\"skipped\":0}");

    CommandRun failed = alerts("--webhook", url("/broken" + SECRET_PATH), "--allow-host", "127.0.0.1");
    assertThat(failed.code()).isEqualTo(Main.FAILURE);
    assertThat(failed.err()).contains("webhook http://127.0.0.1:" + receiver.getAddress().getPort()
        + " answered HTTP 500");
    assertThat(failed.lastJson().get("unsent").asInt()).isEqualTo(1);
    assertThat(failed.out() + failed.err()).doesNotContain("SECRET");
    assertThat(brokenCalls).hasValue(1);
    ReliabilityRows.record(AlertsCommandIT.class, "alerts", "webhook answers HTTP 500",
        "one-line warning without the URL's path, exit 1, spike left unsent for the next run",
        "warning, exit 1, unsent 1");

    CommandRun sent = alerts("--webhook", url(SECRET_PATH), "--allow-host", "127.0.0.1");
    assertThat(sent.code()).as(sent.err()).isEqualTo(Main.OK);
    assertThat(sent.lastJson().toString())
        .isEqualTo("{\"series\":2,\"spikes\":1,\"sent\":1,\"already_sent\":0,\"unsent\":0,\"skipped\":0}");
    assertThat(sent.out() + sent.err()).doesNotContain("SECRET");
    assertThat(received).hasSize(1);
    JsonNode body = new ObjectMapper().readTree(received.getFirst());
    assertThat(body.get("alert").asText()).isEqualTo("spike");
    assertThat(body.get("id").asText()).isEqualTo(SPIKE_DAY + "/SE/desecration");
    assertThat(body.get("day").asText()).isEqualTo(SPIKE_DAY.toString());
    assertThat(body.get("country").asText()).isEqualTo("SE");
    assertThat(body.get("type").asText()).isEqualTo("desecration");
    assertThat(body.get("count").asInt()).isEqualTo(6);
    assertThat(body.get("expected").asDouble()).isBetween(0.1, 1.0);
    assertThat(body.get("p_value").asDouble()).isLessThan(0.0005);

    CommandRun again = alerts("--webhook", url(SECRET_PATH), "--allow-host", "127.0.0.1");
    assertThat(again.code()).isEqualTo(Main.OK);
    assertThat(again.out()).contains("(already sent)");
    assertThat(again.lastJson().toString())
        .isEqualTo("{\"series\":2,\"spikes\":1,\"sent\":0,\"already_sent\":1,\"unsent\":0,\"skipped\":0}");
    assertThat(received).as("a spike reaches a webhook once").hasSize(1);
  }

  @Test
  void alerts_sinceAfterABusySpell_judgesDaysWithTheWeeksBeforeSince(@TempDir Path other) throws Exception {
    LocalDate busy = LocalDate.of(2025, 5, 1);
    LocalDate later = busy.plusDays(19);
    try (Store store = Store.open(StoreConfig.embedded(other), Clock.systemUTC())) {
      int n = 0;
      for (int day = 0; day < 10; day++) { // two threats a day, then nine quiet days
        for (int i = 0; i < 2; i++) {
          incident(store, "t" + n++, "threat", busy.plusDays(day), "DE");
        }
      }
      for (int i = 0; i < 4; i++) {
        incident(store, "t" + n++, "threat", later, "DE");
      }
      for (int day = 0; day <= 19; day++) { // another country's steady day-by-day counts
        incident(store, "h" + day, "hate_speech", busy.plusDays(day), "FR");
      }
    }

    CommandRun whole = CommandRun.of("alerts", "--home", other.toString(), "--since", busy.toString());
    CommandRun cut = CommandRun.of("alerts", "--home", other.toString(), "--since", later.minusDays(8).toString());

    assertThat(whole.code()).as(whole.err()).isEqualTo(Main.OK);
    assertThat(whole.lastJson().get("spikes").asInt()).as("4 after a spell of 2 a day is no spike").isZero();
    assertThat(cut.code()).as(cut.err()).isEqualTo(Main.OK);
    assertThat(cut.lastJson().toString()).as("a window starting in the quiet days still sees the busy spell")
        .isEqualTo("{\"series\":2,\"spikes\":0,\"sent\":0,\"already_sent\":0,\"unsent\":0,\"skipped\":0}");
  }

  @Test
  void alerts_incidentsDatedTomorrowInUtc_countAtOnceButTwoDaysAheadDoNot(@TempDir Path other) throws Exception {
    LocalDate utcToday = LocalDate.of(2025, 6, 10);
    try (Store store = Store.open(StoreConfig.embedded(other), Clock.systemUTC())) {
      incident(store, "nz0", "place_of_worship_attack", utcToday.minusDays(10), "NZ");
      for (int i = 0; i < 5; i++) { // Auckland (UTC+12) dates them by its own day, already tomorrow in UTC
        incident(store, "nz" + (i + 1), "place_of_worship_attack", utcToday.plusDays(1), "NZ");
      }
      for (int i = 0; i < 5; i++) { // no place has reached that day yet: misdated or planned
        incident(store, "ki" + i, "desecration", utcToday.plusDays(2), "KI");
      }
    }
    AlertsCommand command = new AlertsCommand();
    command.clock = new MovableClock(Instant.parse("2025-06-10T12:00:00Z"));

    CommandRun run = CommandRun.of(command, "--home", other.toString(), "--since", utcToday.minusDays(20).toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("spike " + utcToday.plusDays(1) + " NZ place_of_worship_attack: 5 incidents")
        .doesNotContain("KI");
    assertThat(run.lastJson().toString())
        .isEqualTo("{\"series\":1,\"spikes\":1,\"sent\":0,\"already_sent\":0,\"unsent\":0,\"skipped\":0}");
  }

  @Test
  void alerts_webhookOnLoopbackNotAllowed_isAUsageErrorNamingOnlyTheHost() {
    CommandRun refused = alerts("--webhook", url("/elsewhere" + SECRET_PATH));
    assertThat(refused.code()).isEqualTo(Main.USAGE);
    assertThat(refused.err().strip()).startsWith("marsad: webhook http://127.0.0.1:").contains("non-public")
        .doesNotContain("SECRET").doesNotContain("\n");
    ReliabilityRows.record(AlertsCommandIT.class, "alerts", "webhook on a loopback address, not allowed",
        "usage error naming only the webhook's host; nothing sent", "exit 2, one line");

    CommandRun notUrl = alerts("--webhook", "ftp://files.example.org" + SECRET_PATH);
    assertThat(notUrl.code()).isEqualTo(Main.USAGE);
    assertThat(notUrl.err()).contains("http or https").doesNotContain("SECRET");
    ReliabilityRows.record(AlertsCommandIT.class, "alerts", "webhook URL that is not http or https",
        "usage error naming only the webhook's host", "exit 2, one line");
  }

  @Test
  void watchAlerts_failedSend_isRetriedEachRoundUntilItIsSentThenOnlyAfterNewRecords() throws Exception {
    // a clock the day after this class's spike: still current for the new webhook
    WatchAlerts alerts = new WatchAlerts(Webhook.of(url("/flaky"), Set.of("127.0.0.1")),
        clockOn(SPIKE_DAY.plusDays(1)));
    try (Store store = Store.open(StoreConfig.embedded(home), Clock.systemUTC())) {
      alerts.afterRound(store, false); // the first round always looks
      assertThat(flakyCalls).hasValue(1);
      alerts.afterRound(store, false); // failed last round: retried without new records
      assertThat(flakyCalls).hasValue(2);
      flakyUp.set(true);
      alerts.afterRound(store, false);
      assertThat(flakyCalls).hasValue(3);
      alerts.afterRound(store, false); // sent, and nothing new: no run
      alerts.afterRound(store, true); // new records: a run, but the spike was sent
      assertThat(flakyCalls).hasValue(3);
    }
    ReliabilityRows.record(AlertsCommandIT.class, "alerts", "watch's webhook answers HTTP 502 two rounds running",
        "one-line warning each round, the watch goes on, the spike is sent the round the webhook answers 2xx,"
            + " once", "sent on the third round, once");
  }

  /**
   * A workspace with two old spikes (Sweden 50 days before the latest day, the Netherlands 30) and one
   * on the latest day (Germany), each after a few incidents weeks earlier.
   */
  static LocalDate seedOldAndCurrentSpikes(Path dir) {
    LocalDate latest = LocalDate.of(2025, 9, 30);
    try (Store store = Store.open(StoreConfig.embedded(dir), Clock.systemUTC())) {
      int n = 0;
      for (String[] series : new String[][] {{"SE", "50"}, {"NL", "30"}, {"DE", "0"}}) {
        LocalDate spike = latest.minusDays(Integer.parseInt(series[1]));
        for (int day : new int[] {20, 17, 11}) {
          incident(store, "o" + n++, "desecration", spike.minusDays(day), series[0]);
        }
        for (int i = 0; i < 6; i++) {
          incident(store, "o" + n++, "desecration", spike, series[0]);
        }
      }
    }
    return latest;
  }

  /** The countries of the spikes {@code fresh} received at {@code path}, in order. */
  static List<String> freshCountries(String path) throws Exception {
    List<String> countries = new ArrayList<>();
    for (String r : fresh) {
      if (r.startsWith(path + " ")) {
        countries.add(new ObjectMapper().readTree(r.substring(path.length() + 1)).get("country").asText());
      }
    }
    return countries;
  }

  @Test
  void alerts_newWebhook_getsOnlyTheCurrentSpikeAndTheOldOnesAreSkippedUntilABackfillAsksForThem(
      @TempDir Path other) throws Exception {
    LocalDate latest = seedOldAndCurrentSpikes(other);
    String path = "/fresh/alerts" + SECRET_PATH;
    Function<String[], CommandRun> run = more -> {
      String[] base = {"--home", other.toString(), "--webhook", url(path), "--allow-host", "127.0.0.1"};
      String[] args = Arrays.copyOf(base, base.length + more.length);
      System.arraycopy(more, 0, args, base.length, more.length);
      return CommandRun.of(command(latest), args);
    };

    CommandRun first = run.apply(new String[0]);
    assertThat(first.code()).as(first.err()).isEqualTo(Main.OK);
    assertThat(freshCountries(path)).as("a new webhook is not flooded with old spikes").containsExactly("DE");
    assertThat(first.out()).contains("spike " + latest + " DE desecration: 6 incidents")
        .contains("spike " + latest.minusDays(50) + " SE desecration: 6 incidents")
        .contains("(skipped: before the webhook's first use)").doesNotContain("SECRET");
    assertThat(first.lastJson().toString())
        .isEqualTo("{\"series\":3,\"spikes\":3,\"sent\":1,\"already_sent\":0,\"unsent\":0,\"skipped\":2}");
    ReliabilityRows.record(AlertsCommandIT.class, "alerts", "new webhook, spikes 30 and 50 days old and one today",
        "only today's spike is posted; the old ones are recorded as skipped, reported, and never posted by a later"
            + " run unless --backfill-days reaches them", "sent 1, skipped 2; then sent 0; then with"
            + " --backfill-days 60, sent 2");

    CommandRun second = run.apply(new String[0]);
    assertThat(second.code()).as(second.err()).isEqualTo(Main.OK);
    assertThat(second.lastJson().toString())
        .isEqualTo("{\"series\":3,\"spikes\":3,\"sent\":0,\"already_sent\":1,\"unsent\":0,\"skipped\":2}");
    assertThat(freshCountries(path)).containsExactly("DE");

    CommandRun backfill = run.apply(new String[] {"--backfill-days", "60"});
    assertThat(backfill.code()).as(backfill.err()).isEqualTo(Main.OK);
    assertThat(backfill.lastJson().toString())
        .isEqualTo("{\"series\":3,\"spikes\":3,\"sent\":2,\"already_sent\":1,\"unsent\":0,\"skipped\":0}");
    assertThat(freshCountries(path)).containsExactly("DE", "SE", "NL");

    CommandRun after = run.apply(new String[0]);
    assertThat(after.lastJson().get("already_sent").asInt()).isEqualTo(3);
    assertThat(freshCountries(path)).hasSize(3);

    CommandRun printed = CommandRun.of(command(latest), "--home", other.toString());
    assertThat(printed.lastJson().toString()).as("without a webhook: every spike of the window, as before")
        .isEqualTo("{\"series\":3,\"spikes\":3,\"sent\":0,\"already_sent\":0,\"unsent\":0,\"skipped\":0}");
    assertThat(CommandRun.of(command(latest), "--home", other.toString(), "--backfill-days", "-1").code())
        .isEqualTo(Main.USAGE);
  }

  /** {@code alerts} with a clock on {@code latest}. */
  static AlertsCommand command(LocalDate latest) {
    AlertsCommand command = new AlertsCommand();
    command.clock = clockOn(latest);
    return command;
  }

  @Test
  void watchAlerts_newWebhook_getsOnlyTheCurrentSpike_asAlertsSendsThem(@TempDir Path other) throws Exception {
    LocalDate latest = seedOldAndCurrentSpikes(other);
    String path = "/fresh/watch";
    WatchAlerts alerts = new WatchAlerts(Webhook.of(url(path), Set.of("127.0.0.1")), clockOn(latest));
    try (Store store = Store.open(StoreConfig.embedded(other), Clock.systemUTC())) {
      alerts.afterRound(store, false);
      assertThat(freshCountries(path)).containsExactly("DE");
      alerts.afterRound(store, true);
      assertThat(freshCountries(path)).containsExactly("DE");
    }
  }
}
