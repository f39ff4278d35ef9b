package org.marsad.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;

/**
 * What every chapter reads: the snapshot's events split into the period's incidents and responses
 * and the previous period's incidents, the responses each incident drew, citations, and the
 * report's words, places and cues. Immutable once built; not shared between threads.
 */
final class ReportData {

  final Snapshot snapshot;
  final Period period;
  final Period previous;
  final List<ReportEvent> incidents;
  final List<ReportEvent> responses;
  final List<ReportEvent> previousIncidents;
  final Map<String, ReportEvent> byId;
  /** Incident id to the responses (any in the snapshot, on or after it) that concern it, by date. */
  final Map<String, List<ReportEvent>> responsesTo;
  final Citations citations;
  final ReportText text;
  final Atlas atlas;
  final ReportCues cues;
  private final DateTimeFormatter dayFormat;

  ReportData(Snapshot snapshot, ReportText text, Atlas atlas, ReportCues cues) {
    this.snapshot = snapshot;
    this.period = snapshot.period();
    this.previous = period.previous();
    this.text = text;
    this.atlas = atlas;
    this.cues = cues;
    this.dayFormat = DateTimeFormatter.ofPattern(text.get("format.day"), text.locale());
    List<ReportEvent> inc = new ArrayList<>();
    List<ReportEvent> res = new ArrayList<>();
    List<ReportEvent> prev = new ArrayList<>();
    Map<String, ReportEvent> ids = new HashMap<>();
    for (ReportEvent e : snapshot.events()) {
      ids.put(e.id(), e);
      if (period.contains(e.date())) {
        (e.isIncident() ? inc : res).add(e);
      } else if (e.isIncident() && previous.contains(e.date())) {
        prev.add(e);
      }
    }
    this.incidents = List.copyOf(inc);
    this.responses = List.copyOf(res);
    this.previousIncidents = List.copyOf(prev);
    this.byId = Map.copyOf(ids);
    Map<String, List<ReportEvent>> to = new HashMap<>();
    for (ReportEvent r : snapshot.events()) {
      for (String incident : r.incidents()) {
        to.computeIfAbsent(incident, k -> new ArrayList<>()).add(r);
      }
    }
    to.values().forEach(l -> l.sort(Comparator.comparing(ReportEvent::date).thenComparing(ReportEvent::id)));
    this.responsesTo = to;
    this.citations = new Citations(incidents, responses);
  }

  /** "2023", "July 2023" or "1 January 2023 – 30 June 2023". */
  String name(Period p) {
    return switch (p.kind()) {
      case YEAR -> Integer.toString(p.from().getYear());
      case MONTH -> p.from().format(DateTimeFormatter.ofPattern(text.get("format.month_year"), text.locale()));
      case RANGE -> day(p.from()) + " – " + day(p.to());
    };
  }

  String day(LocalDate d) {
    return d == null ? "" : d.format(dayFormat);
  }

  /** Date, or date range, as people read it. */
  String when(ReportEvent e) {
    return e.dateEnd() == null || e.dateEnd().equals(e.date()) ? day(e.date())
        : day(e.date()) + " – " + day(e.dateEnd());
  }

  /** "Lyon, France", "France", or an empty string. */
  String where(ReportEvent e) {
    String country = atlas.countryName(e.country());
    if (e.placeName().isEmpty() || e.placeName().equals(country)) {
      return country;
    }
    return country.isEmpty() ? e.placeName() : e.placeName() + ", " + country;
  }

  String region(ReportEvent e) {
    return atlas.region(e.country());
  }

  /** Names (with titles) of the actors in one of {@code roles}, or of all actors when roles is empty. */
  static String who(ReportEvent e, List<String> roles) {
    return e.actors().stream().filter(a -> roles.isEmpty() || roles.contains(a.role()))
        .map(ReportData::actor).distinct().collect(Collectors.joining("; "));
  }

  static String actor(ReportActor a) {
    return a.title().isEmpty() || a.title().equals(a.name()) ? a.name() : a.name() + " (" + a.title() + ")";
  }

  /** Days from the incident to its first response, or -1 when it drew none. */
  long daysToFirstResponse(ReportEvent incident) {
    List<ReportEvent> rs = responsesTo.getOrDefault(incident.id(), List.of());
    return rs.isEmpty() ? -1 : Math.max(0, ChronoUnit.DAYS.between(incident.date(), rs.getFirst().date()));
  }

  /** Counts by key, largest first then by key, as an ordered map. */
  static <K extends Comparable<K>> LinkedHashMap<K, Long> count(List<ReportEvent> events, Function<ReportEvent, K> key) {
    Map<K, Long> counts = events.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    LinkedHashMap<K, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(en -> sorted.put(en.getKey(), en.getValue()));
    return sorted;
  }

  /** "+25%", "−10%", "no change", or "new" when there was nothing before. */
  String change(long now, long before) {
    if (before == 0) {
      return now == 0 ? text.get("change.none") : text.get("change.new");
    }
    long pct = Math.round(100.0 * (now - before) / before);
    return pct == 0 ? text.get("change.none") : (pct > 0 ? "+" : "−") + Math.abs(pct) + "%";
  }

  /** At most {@code max} events, those with most sources first, shown by date. */
  static List<ReportEvent> mostCited(List<ReportEvent> events, int max) {
    if (events.size() <= max) {
      return events;
    }
    return events.stream()
        .sorted(Comparator.<ReportEvent>comparingInt(e -> -e.sources().size()).thenComparing(ReportEvent::date)
            .thenComparing(ReportEvent::id))
        .limit(max)
        .sorted(Comparator.comparing(ReportEvent::date).thenComparing(ReportEvent::id))
        .toList();
  }

  /** The short summary of an event, cut at about {@code max} characters. */
  static String shortSummary(ReportEvent e, int max) {
    String s = e.summary().strip().replaceAll("\\s+", " ");
    return s.length() <= max ? s : s.substring(0, s.lastIndexOf(' ', max) > max / 2 ? s.lastIndexOf(' ', max) : max) + " …";
  }
}
