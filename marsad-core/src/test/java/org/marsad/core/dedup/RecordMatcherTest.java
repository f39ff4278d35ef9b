package org.marsad.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;

class RecordMatcherTest {

  static final Place LYON = new Place("2996944", "Lyon", "FR", "84", 45.748, 4.847, 472317, Place.Kind.CITY);
  static final Place VILLEURBANNE = new Place("2968254", "Villeurbanne", "FR", "84", 45.766, 4.880, 150659,
      Place.Kind.CITY);
  static final Place MARSEILLE = new Place("2995469", "Marseille", "FR", "93", 43.297, 5.381, 794811,
      Place.Kind.CITY);
  static final Evidence E = new Evidence("d", new Span(0, 1), "x");
  static final LocalDate DAY = LocalDate.of(2025, 5, 12);

  static ExtractedRecord record(RecordKind kind, String type, LocalDate date, Place place, Actor... actors) {
    return new ExtractedRecord("d", kind, type, date, null, date == null ? null : E, place, place == null ? null : E,
        List.of(actors), List.of(E), "test");
  }

  static EventProfile event(long id, RecordKind kind, String type, LocalDate date, Place place, String... actors) {
    return new EventProfile(id, kind, type, date, null, place, place == null ? Set.of() : Set.of(place.id()),
        Set.of(actors));
  }

  @Test
  void best_sameTypeDayAndCity_joins() {
    var m = RecordMatcher.standard().best(record(RecordKind.INCIDENT, "place_of_worship_attack", DAY, LYON),
        List.of(event(1, RecordKind.INCIDENT, "place_of_worship_attack", DAY.minusDays(1), LYON)));
    assertThat(m).hasValueSatisfying(x -> {
      assertThat(x.eventId()).isEqualTo(1);
      assertThat(x.signals()).isEqualTo("type+date+place");
    });
  }

  @Test
  void best_sameTypeSameDayDifferentCities_staysApart() {
    var m = RecordMatcher.standard().best(record(RecordKind.INCIDENT, "place_of_worship_attack", DAY, MARSEILLE),
        List.of(event(1, RecordKind.INCIDENT, "place_of_worship_attack", DAY, LYON)));
    assertThat(m).isEmpty();
  }

  @Test
  void best_neighbouringTownOfTheSameEvent_joins() {
    // Villeurbanne is 3 km from Lyon: reports often name the city instead of the suburb
    var m = RecordMatcher.standard().best(record(RecordKind.INCIDENT, "place_of_worship_attack", DAY, VILLEURBANNE),
        List.of(event(1, RecordKind.INCIDENT, "place_of_worship_attack", DAY, LYON)));
    assertThat(m).isPresent();
  }

  @Test
  void best_datesTooFarApartOrOtherType_staysApart() {
    var matcher = RecordMatcher.standard();
    var r = record(RecordKind.INCIDENT, "desecration", DAY, LYON);
    assertThat(matcher.best(r, List.of(event(1, RecordKind.INCIDENT, "desecration", DAY.plusDays(5), LYON)))).isEmpty();
    assertThat(matcher.best(r, List.of(event(2, RecordKind.INCIDENT, "physical_assault", DAY, LYON)))).isEmpty();
  }

  @Test
  void best_twoStatesCondemningOneBurning_areTwoResponses() {
    Actor turkey = new Actor("Turkey", "STATE", "agent", null, null, "TR", "state-tr", E);
    Actor pakistan = new Actor("Pakistan", "STATE", "agent", null, null, "PK", "state-pk", E);
    var matcher = RecordMatcher.standard();
    var r = record(RecordKind.RESPONSE, "condemnation", DAY, null, turkey);
    assertThat(matcher.best(r, List.of(event(1, RecordKind.RESPONSE, "condemnation", DAY, null, "state-pk"))))
        .isEmpty();
    assertThat(matcher.best(r, List.of(event(2, RecordKind.RESPONSE, "condemnation", DAY, null, "state-tr"))))
        .hasValueSatisfying(x -> assertThat(x.signals()).contains("actors"));
    assertThat(pakistan.registryId()).isEqualTo("state-pk");
  }

  @Test
  void best_severalCandidates_takesTheBestScored() {
    var m = RecordMatcher.standard().best(record(RecordKind.INCIDENT, "desecration", DAY, LYON),
        List.of(event(1, RecordKind.INCIDENT, "desecration", DAY.minusDays(2), null),
            event(2, RecordKind.INCIDENT, "desecration", DAY, LYON)));
    assertThat(m).hasValueSatisfying(x -> assertThat(x.eventId()).isEqualTo(2));
  }
}
