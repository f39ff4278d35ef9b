package org.marsad.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;

/**
 * Synthetic events for benchmarks and tests of the reports: incidents of every incident type in
 * twenty cities over one year (more in July), a third with a named perpetrator, one or two sources
 * each; and responses linked to them: condemnations by a minister, convictions of the
 * perpetrators, interfaith initiatives. Deterministic for a seed. Not thread-safe (one Random).
 */
public final class SyntheticEvents {

  static final List<String> INCIDENT_TYPES = List.of("place_of_worship_attack", "desecration", "physical_assault",
      "threat_harassment", "hate_speech", "online_hate", "discrimination", "dress_restriction",
      "discriminatory_policy", "far_right_mobilisation");

  private static final Object[][] CITIES = {
    {"Lyon", "FR", 45.75, 4.85}, {"Paris", "FR", 48.85, 2.35}, {"Stockholm", "SE", 59.33, 18.07},
    {"Copenhagen", "DK", 55.68, 12.57}, {"Berlin", "DE", 52.52, 13.40}, {"London", "GB", 51.51, -0.13},
    {"Manchester", "GB", 53.48, -2.24}, {"Amsterdam", "NL", 52.37, 4.90}, {"Vienna", "AT", 48.21, 16.37},
    {"New York", "US", 40.71, -74.01}, {"Toronto", "CA", 43.65, -79.38}, {"Delhi", "IN", 28.61, 77.21},
    {"Mumbai", "IN", 19.08, 72.88}, {"Yangon", "MM", 16.87, 96.20}, {"Colombo", "LK", 6.93, 79.85},
    {"Christchurch", "NZ", -43.53, 172.64}, {"Sydney", "AU", -33.87, 151.21}, {"Beijing", "CN", 39.90, 116.40},
    {"Johannesburg", "ZA", -26.20, 28.05}, {"São Paulo", "BR", -23.55, -46.63}};

  private final Random random;

  public SyntheticEvents(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} incidents of {@code year} and about half as many responses, by date. */
  public List<ReportEvent> generate(int n, int year) {
    List<ReportEvent> events = new ArrayList<>(n * 3 / 2);
    for (int i = 0; i < n; i++) {
      Object[] city = CITIES[random.nextInt(CITIES.length)];
      String type = INCIDENT_TYPES.get(random.nextInt(INCIDENT_TYPES.size()));
      int month = random.nextInt(4) == 0 ? 7 : 1 + random.nextInt(12);
      LocalDate date = LocalDate.of(year, month, 1 + random.nextInt(28));
      boolean perpetrator = random.nextInt(3) == 0;
      String name = "Suspect " + i;
      String id = "E" + (2 * i + 1);
      String summary = "An incident of " + type.replace('_', ' ') + " took place in " + city[0]
          + (perpetrator ? "; police named " + name + " as the perpetrator." : ".");
      List<ReportSource> sources = new ArrayList<>();
      for (int s = 0, k = 1 + random.nextInt(2); s < k; s++) {
        sources.add(new ReportSource(String.format("doc-%06d-%d", i, s), "Synthetic news " + i + "." + s,
            "synthetic", "https://example.org/news/" + i + "/" + s, date.plusDays(s), summary));
      }
      List<ReportActor> actors = perpetrator ? List.of(new ReportActor(name, "PERSON", "perpetrator", "", "")) : List.of();
      events.add(new ReportEvent(id, "incident", type, date, null, (String) city[0], (String) city[1],
          (Double) city[2], (Double) city[3], summary, "verified", actors, sources, List.of()));
      int kind = random.nextInt(6);
      if (kind > 2) {
        continue;
      }
      String rid = "E" + (2 * i + 2);
      LocalDate when = date.plusDays(1 + random.nextInt(10));
      ReportSource rs = new ReportSource(String.format("doc-%06d-r", i), "Synthetic response " + i, "synthetic",
          "https://example.org/responses/" + i, when, "");
      if (kind == 2 && perpetrator) {
        events.add(new ReportEvent(rid, "response", "legal_action", when, null, (String) city[0], (String) city[1],
            (Double) city[2], (Double) city[3], "A court convicted " + name + " over the incident in " + city[0] + ".",
            "verified", List.of(new ReportActor(name, "PERSON", "suspect", "", "")), List.of(rs), List.of(id)));
      } else if (kind == 1) {
        events.add(new ReportEvent(rid, "response", "positive_development", when, null, (String) city[0],
            (String) city[1], (Double) city[2], (Double) city[3],
            "The city council of " + city[0] + " launched an interfaith dialogue initiative with the mosque.", "verified",
            List.of(new ReportActor("City council of " + city[0], "GROUP", "agent", "council", (String) city[1])),
            List.of(rs), List.of()));
      } else {
        events.add(new ReportEvent(rid, "response", "condemnation", when, null, "Islamabad", "PK", 33.69, 73.06,
            "The Foreign Minister of Pakistan condemned the attack in " + city[0] + ".", "verified",
            List.of(new ReportActor("Foreign Minister of Pakistan", "PERSON", "agent", "Foreign Minister", "PK")),
            List.of(rs), List.of(id)));
      }
    }
    events.sort(java.util.Comparator.comparing(ReportEvent::date)
        .thenComparingLong(e -> Long.parseLong(e.id().substring(1))));
    return events;
  }
}
