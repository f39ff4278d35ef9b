package org.marsad.core.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.geo.GreatCircle;

/**
 * Decides which existing event, if any, an extracted record reports: the same-event rule on the
 * structured signals (type, dates, places, actors). A candidate is ruled out by any hard conflict:
 * another kind or type; dates further apart than {@link #dayWindow} (incidents are often reported a
 * day or two late, responses are dated exactly); two cities more than {@link #CITY_KM} apart, or
 * two countries; for responses, disjoint acting actors (two states condemning one burning are two
 * responses). Among the rest the best scored wins; an undated record joins only on a shared place
 * or actor. Immutable and thread-safe.
 */
public final class RecordMatcher {

  /** Cities further apart than this are different places. */
  public static final double CITY_KM = 40;

  private static final double THRESHOLD = 0.5;

  private RecordMatcher() {}

  public static RecordMatcher standard() {
    return new RecordMatcher();
  }

  /** Days by which the dates of one real event may differ in reports of it. */
  public int dayWindow(RecordKind kind) {
    return kind == RecordKind.INCIDENT ? 2 : 1;
  }

  /** How actors are compared: the registry id when linked, else the lower-case name. */
  public static String actorKey(Actor a) {
    return a.registryId().isEmpty() ? a.name().toLowerCase(Locale.ROOT) : a.registryId();
  }

  /** The best of {@code candidates} for {@code record}, if any passes. */
  public Optional<RecordMatch> best(ExtractedRecord record, List<EventProfile> candidates) {
    RecordMatch best = null;
    for (EventProfile c : candidates) {
      RecordMatch m = score(record, c);
      if (m != null && (best == null || m.score() > best.score())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The match of {@code record} with {@code c}, or null when they are not the same event. */
  RecordMatch score(ExtractedRecord record, EventProfile c) {
    if (record.kind() != c.kind() || !record.type().equals(c.type())) {
      return null;
    }
    List<String> signals = new ArrayList<>(List.of("type"));
    double score = 0.3;
    if (record.date() != null && c.date() != null) {
      long gap = gapDays(record.date(), record.dateEnd(), c.date(), c.dateEnd());
      if (gap > dayWindow(record.kind())) {
        return null;
      }
      signals.add("date");
      score += gap == 0 ? 0.3 : 0.2;
    } else if (record.date() != null || c.date() != null) {
      return null; // a dated and an undated report are kept apart: nothing ties them
    }
    int place = placeAgreement(record.place(), c);
    if (place < 0) {
      return null;
    }
    if (place > 0) {
      signals.add(place == 2 ? "place" : "country");
      score += place == 2 ? 0.3 : 0.1;
    }
    Set<String> actors = acting(record);
    boolean shared = actors.stream().anyMatch(c.actors()::contains);
    if (record.kind() == RecordKind.RESPONSE && !actors.isEmpty() && !c.actors().isEmpty() && !shared) {
      return null;
    }
    if (shared) {
      signals.add("actors");
      score += 0.2;
    }
    if (record.date() == null && place < 2 && !shared) {
      return null;
    }
    score = Math.min(1.0, score);
    return score >= THRESHOLD ? new RecordMatch(c.id(), score, String.join("+", signals)) : null;
  }

  private static Set<String> acting(ExtractedRecord r) {
    Set<String> keys = new HashSet<>();
    for (Actor a : r.actors()) {
      keys.add(actorKey(a));
    }
    return keys;
  }

  /** Days between two ranges, 0 when they overlap. */
  static long gapDays(LocalDate a, LocalDate aEnd, LocalDate b, LocalDate bEnd) {
    LocalDate ae = aEnd == null ? a : aEnd;
    LocalDate be = bEnd == null ? b : bEnd;
    if (ae.isBefore(b)) {
      return ChronoUnit.DAYS.between(ae, b);
    }
    if (be.isBefore(a)) {
      return ChronoUnit.DAYS.between(be, a);
    }
    return 0;
  }

  /** -1 conflict, 0 unknown, 1 same country only, 2 same place. */
  static int placeAgreement(Place p, EventProfile c) {
    Place q = c.place();
    if (p == null || q == null) {
      return 0;
    }
    if (c.placeIds().contains(p.id()) || p.id().equals(q.id())) {
      return 2;
    }
    if (!p.country().equals(q.country())) {
      return -1;
    }
    if (p.kind() == Place.Kind.CITY && q.kind() == Place.Kind.CITY) {
      return GreatCircle.km(p.lat(), p.lon(), q.lat(), q.lon()) <= CITY_KM ? 2 : -1;
    }
    return 1;
  }
}
