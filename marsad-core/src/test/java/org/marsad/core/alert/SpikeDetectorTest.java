package org.marsad.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.marsad.core.source.AddressGuard;
import org.marsad.core.source.RefusedUrl;

class SpikeDetectorTest {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static List<IncidentCount> series(String country, String type, int... perDay) {
    List<IncidentCount> out = new ArrayList<>();
    for (int i = 0; i < perDay.length; i++) {
      if (perDay[i] > 0) {
        out.add(new IncidentCount(START.plusDays(i), country, type, perDay[i]));
      }
    }
    return out;
  }

  @Test
  void detect_burstAfterQuietWeeks_isASpikeOfThatCountryAndTypeOnly() {
    List<IncidentCount> counts = new ArrayList<>(series("SE", "desecration", 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 6, 1));
    counts.addAll(series("FR", "desecration", 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1));
    List<Spike> spikes = SpikeDetector.defaults().detect(counts);
    assertThat(spikes).singleElement().satisfies(s -> {
      assertThat(s.day()).isEqualTo(START.plusDays(12));
      assertThat(s.country()).isEqualTo("SE");
      assertThat(s.count()).isEqualTo(6);
      assertThat(s.pValue()).isLessThan(0.0005);
    });
  }

  @Test
  void detect_steadyHighRate_isNoSpike() {
    assertThat(SpikeDetector.defaults().detect(series("IN", "physical_assault", 5, 6, 4, 5, 7, 5, 6, 5, 4, 6, 7, 5)))
        .isEmpty();
  }

  @Test
  void detect_burstBeforeWarmUp_isNoSpike() {
    assertThat(SpikeDetector.defaults().detect(series("SE", "desecration", 0, 0, 9))).isEmpty();
  }

  @Test
  void detect_firstBurstOfACountryAfterQuietWeeks_isASpikeAgainstTheFloor() {
    // the counts start on day 0 (FR); SE has no incident for 20 days, then 4 in one day
    List<IncidentCount> counts = new ArrayList<>(series("FR", "hate_speech", 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1));
    counts.add(new IncidentCount(START.plusDays(20), "SE", "desecration", 4));
    assertThat(SpikeDetector.defaults().detect(counts)).singleElement().satisfies(s -> {
      assertThat(s.country()).isEqualTo("SE");
      assertThat(s.day()).isEqualTo(START.plusDays(20));
      assertThat(s.expected()).isEqualTo(0.1);
    });
  }

  @Test
  void detect_sparseSinglesAndPairs_isNoSpike() {
    assertThat(SpikeDetector.defaults().detect(
        series("GB", "threat_harassment", 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0)))
        .isEmpty();
  }

  /** Mostly-zero daily counts at a steady rate: how often the detector alarms on noise alone. */
  @Test
  void detect_steadySparsePoissonCounts_alarmAboutOnceInTwoThousandSeriesDaysOrLess() {
    java.util.Random random = new java.util.Random(7);
    int seriesPerRate = 100;
    int days = 365;
    for (double rate : new double[] {0.02, 0.1, 0.3, 0.6, 1.5, 4}) {
      List<IncidentCount> counts = new ArrayList<>();
      for (int s = 0; s < seriesPerRate; s++) {
        int[] perDay = new int[days];
        for (int d = 0; d < days; d++) {
          perDay[d] = poisson(random, rate);
        }
        perDay[0] = Math.max(perDay[0], 1); // every series starts on day 0
        counts.addAll(series("C" + s, "desecration", perDay));
      }
      List<Spike> alarms = SpikeDetector.defaults().detect(counts);
      assertThat(alarms.size()).as("false alarms at %s incidents a day", rate)
          .isLessThanOrEqualTo(seriesPerRate * days / 1800);
    }
  }

  private static int poisson(java.util.Random random, double lambda) {
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  @Test
  void poissonTail_knownValues() {
    assertThat(SpikeDetector.poissonTail(0, 2.0)).isEqualTo(1.0);
    assertThat(SpikeDetector.poissonTail(1, 2.0)).isCloseTo(1 - Math.exp(-2), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(SpikeDetector.poissonTail(3, 0.5)).isCloseTo(0.014388, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void new_badParameters_failWithThem() {
    assertThatThrownBy(() -> new SpikeDetector(0, 0.1, 3, 0.01, 7)).hasMessageContaining("alpha=0.0");
    assertThatThrownBy(() -> new IncidentCount(START, "SE", "desecration", -1)).hasMessageContaining("-1");
  }

  @Test
  void send_spike_postsItsJsonToTheReceiver() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
    try {
      URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      Spike spike = new Spike(START, "SE", "desecration", 6, 0.4, 0.0001);
      int status = new WebhookNotifier(hook, new AddressGuard(Set.of("127.0.0.1")), Duration.ofSeconds(5)).send(spike);
      assertThat(status).isEqualTo(204);
      assertThat(received).singleElement().asString()
          .contains("\"id\":\"2024-01-01/SE/desecration\"", "\"country\":\"SE\"", "\"type\":\"desecration\"", "\"count\":6", "\"day\":\"2024-01-01\"");
      assertThatThrownBy(() -> new WebhookNotifier(hook, AddressGuard.publicOnly(), Duration.ofSeconds(5)).send(spike))
          .isInstanceOf(RefusedUrl.class);
      assertThat(received).hasSize(1);
    } finally {
      receiver.stop(0);
    }
  }
}
