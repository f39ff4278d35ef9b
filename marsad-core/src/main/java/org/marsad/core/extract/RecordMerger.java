package org.marsad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.time.DateRange;

/**
 * Merges the drafts of one document that tell of the same event: incidents of one family whose
 * dates and places agree, and responses of one type by the same agent (or with no agent of their
 * own). Links people charged or arrested to the incidents of the document as suspects. Stateless.
 */
final class RecordMerger {

  private static final Map<String, String> FAMILY = Map.of(
      "place_of_worship_attack", "violence", "physical_assault", "violence", "threat_harassment", "violence",
      "dress_restriction", "policy", "discriminatory_policy", "policy",
      "hate_speech", "speech", "online_hate", "speech");
  private static final Set<String> DEFENDANT_ROLES = Set.of("defendant");

  List<RecordDraft> merge(List<RecordDraft> drafts) {
    List<RecordDraft> out = new ArrayList<>();
    for (RecordDraft d : drafts) {
      RecordDraft into = null;
      for (RecordDraft o : out) {
        if (sameEvent(o, d)) {
          into = o;
          break;
        }
      }
      if (into == null) {
        out.add(d);
      } else {
        absorb(into, d);
      }
    }
    return out;
  }

  void linkSuspects(List<RecordDraft> drafts) {
    List<Actor> defendants = drafts.stream().filter(d -> d.type.equals("legal_action"))
        .flatMap(d -> d.actors.stream())
        .filter(a -> DEFENDANT_ROLES.contains(a.role()) && a.type().equals("PERSON")).toList();
    for (RecordDraft d : drafts) {
      boolean named = d.actors.stream().anyMatch(a -> a.type().equals("PERSON"));
      if (d.kind == RecordKind.INCIDENT && !named) {
        d.addActors(defendants.stream().map(a -> a.withRole("suspect")).toList());
      }
    }
  }

  private final Vocabulary court;

  /** @param court words naming a court, so that "the highest court" and "the Council of State" may be one */
  RecordMerger(Vocabulary court) {
    this.court = court;
  }

  private boolean sameEvent(RecordDraft a, RecordDraft b) {
    if (a.kind != b.kind) {
      return false;
    }
    if (a.kind == RecordKind.INCIDENT) {
      String fa = FAMILY.getOrDefault(a.type, a.type);
      String fb = FAMILY.getOrDefault(b.type, b.type);
      return fa.equals(fb) && datesAgree(a, b) && placesAgree(a, b);
    }
    if (!a.type.equals(b.type) || !datesAgree(a, b)) {
      return false;
    }
    boolean eitherUnattributed = !a.hasAgent() || !b.hasAgent();
    return shareAgent(a, b) || (eitherUnattributed && !a.type.equals("statement"));
  }

  boolean shareAgent(RecordDraft a, RecordDraft b) {
    for (Actor x : a.actors) {
      for (Actor y : b.actors) {
        if (!RecordDraft.AGENT_ROLES.contains(x.role()) || !RecordDraft.AGENT_ROLES.contains(y.role())) {
          continue;
        }
        boolean sameId = !x.registryId().isEmpty() && x.registryId().equals(y.registryId());
        boolean sameCourt = court.foundIn(x.name()) && court.foundIn(y.name());
        if (sameId || sameCourt || x.name().equalsIgnoreCase(y.name())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean datesAgree(RecordDraft a, RecordDraft b) {
    if (!a.dateStated || !b.dateStated || a.date == null || b.date == null) {
      return true;
    }
    return !a.date.end().isBefore(b.date.start().minusDays(1)) && !b.date.end().isBefore(a.date.start().minusDays(1));
  }

  private static boolean placesAgree(RecordDraft a, RecordDraft b) {
    if (!a.placeStated || !b.placeStated || a.place == null || b.place == null) {
      return true;
    }
    return a.place.country().equals(b.place.country());
  }

  private static void absorb(RecordDraft into, RecordDraft d) {
    d.evidence.forEach(into::addEvidence);
    into.addActors(d.actors);
    if (d.dateStated && d.date != null) {
      if (!into.dateStated || into.date == null) {
        into.date = d.date;
        into.dateEvidence = d.dateEvidence;
        into.dateStated = true;
      } else {
        into.date = new DateRange(min(into.date, d.date), max(into.date, d.date), DateRange.Precision.DAY);
      }
    }
    if (d.placeStated && d.place != null && (!into.placeStated || moreSpecific(d.place, into.place))) {
      into.place = d.place;
      into.placeEvidence = d.placeEvidence;
      into.placeStated = true;
    }
  }

  private static boolean moreSpecific(Place candidate, Place current) {
    return current == null || (current.kind() == Place.Kind.COUNTRY && candidate.kind() != Place.Kind.COUNTRY
        && candidate.country().equals(current.country()));
  }

  private static java.time.LocalDate min(DateRange a, DateRange b) {
    return a.start().isBefore(b.start()) ? a.start() : b.start();
  }

  private static java.time.LocalDate max(DateRange a, DateRange b) {
    return a.end().isAfter(b.end()) ? a.end() : b.end();
  }
}
