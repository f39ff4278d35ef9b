package org.marsad.core.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds spikes in incident counts per country and type: each series, day by day from the first day
 * of the counts (the first day any series has an incident: days without incidents count as 0, so a
 * country's first burst after quiet weeks is judged against those weeks), keeps an exponentially
 * weighted moving average of the days before as its baseline rate; a day is a spike when its count
 * reaches {@code minCount} and the Poisson probability of at least that many incidents at the
 * baseline rate (never below {@code floor}) is under {@code pValue}. The counts need {@code warmUp} days of history before a day can spike.
 * Counts are of incidents (events), so ten articles about one attack are one. Immutable and
 * thread-safe.
 *
 * @param alpha weight of the newest day in the average, in (0, 1]
 * @param floor the least baseline rate (incidents a day), so a quiet series does not alarm on one
 * @param minCount the least count that can be a spike
 * @param pValue the largest Poisson tail probability that is a spike
 * @param warmUp days of history (from the first day of the counts) before a day can spike
 */
public record SpikeDetector(double alpha, double floor, int minCount, double pValue, int warmUp) {

  public SpikeDetector {
    if (!(alpha > 0 && alpha <= 1) || !(floor > 0) || minCount < 1 || !(pValue > 0 && pValue < 1) || warmUp < 0) {
      throw new IllegalArgumentException("need 0 < alpha <= 1, floor > 0, minCount >= 1, 0 < pValue < 1, warmUp >= 0:"
          + " alpha=" + alpha + ", floor=" + floor + ", minCount=" + minCount + ", pValue=" + pValue + ", warmUp=" + warmUp);
    }
  }

  /**
   * A four-week memory, at least 3 incidents, p < 0.0005, a week of history. The test runs once a
   * day in every series, so its threshold is strict: on steady Poisson counts from 0.02 to 4
   * incidents a day it alarms about once in 2,000 series-days or less (SpikeDetectorTest), where a
   * two-week memory and p < 0.01 alarmed once in 100 to 140 series-days from 0.6 to 4 a day: a
   * short average of few incidents misjudges the rate too often, and p < 0.01 a day is a false
   * alarm every hundred days in every series.
   */
  public static SpikeDetector defaults() {
    return new SpikeDetector(2.0 / 29, 0.1, 3, 0.0005, 7);
  }

  /** The spikes among {@code counts}, by day then country and type. */
  public List<Spike> detect(List<IncidentCount> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    LocalDate first = counts.stream().map(IncidentCount::day).min(Comparator.naturalOrder()).orElseThrow();
    Map<String, List<IncidentCount>> series = counts.stream()
        .collect(Collectors.groupingBy(c -> c.country() + "\u0000" + c.type(), TreeMap::new, Collectors.toList()));
    List<Spike> out = new ArrayList<>();
    for (List<IncidentCount> s : series.values()) {
      out.addAll(detectSeries(s, first));
    }
    out.sort(Comparator.comparing(Spike::day).thenComparing(Spike::country).thenComparing(Spike::type));
    return out;
  }

  private List<Spike> detectSeries(List<IncidentCount> s, LocalDate first) {
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    s.forEach(c -> byDay.merge(c.day(), c.count(), Integer::sum));
    String country = s.getFirst().country();
    String type = s.getFirst().type();
    List<Spike> out = new ArrayList<>();
    double average = 0;
    int history = 0;
    for (LocalDate day = first; !day.isAfter(byDay.lastKey()); day = day.plusDays(1)) {
      int count = byDay.getOrDefault(day, 0);
      if (history >= warmUp && count >= minCount) {
        double expected = Math.max(average, floor);
        double p = poissonTail(count, expected);
        if (p < pValue) {
          out.add(new Spike(day, country, type, count, expected, p));
        }
      }
      average = history == 0 ? count : alpha * count + (1 - alpha) * average;
      history++;
    }
    return out;
  }

  /** P(X >= k) for X ~ Poisson(lambda). */
  static double poissonTail(int k, double lambda) {
    double term = Math.exp(-lambda);
    double below = 0;
    for (int i = 0; i < k; i++) {
      below += term;
      term *= lambda / (i + 1);
    }
    return Math.max(0, 1 - below);
  }
}
