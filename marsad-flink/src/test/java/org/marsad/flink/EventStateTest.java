package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.Place;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.domain.Span;
import org.marsad.flink.format.DedupJson;
import org.marsad.flink.format.DedupJson.Assignment;

/** The job's event assignment over map-backed tables: the embedded host's decisions, replay-stable. */
class EventStateTest {

  static final Place LYON = new Place("2996944", "Lyon", "FR", "84", 45.748, 4.847, 472317, Place.Kind.CITY);
  static final Place MARSEILLE = new Place("2995469", "Marseille", "FR", "93", 43.297, 5.381, 794811,
      Place.Kind.CITY);
  static final Place FRANCE = new Place("3017382", "France", "FR", "", 46, 2, 0, Place.Kind.COUNTRY);
  static final LocalDate DAY = LocalDate.of(2025, 5, 12);

  final Map<Long, String> events = new HashMap<>();
  final Map<String, String> documents = new HashMap<>();
  final Map<Long, String> days = new HashMap<>();
  final EventState state = new EventState(table(events), table(documents), table(days), RecordMatcher.standard());

  static <K, V> EventState.Table<K, V> table(Map<K, V> m) {
    return new EventState.Table<>() {
      @Override
      public V get(K key) {
        return m.get(key);
      }

      @Override
      public void put(K key, V value) {
        m.put(key, value);
      }

      @Override
      public Iterable<V> values() {
        return List.copyOf(m.values());
      }
    };
  }

  static ExtractedRecord incident(String doc, LocalDate date, Place place) {
    Evidence e = new Evidence(doc, new Span(0, 4), "fire");
    return new ExtractedRecord(doc, RecordKind.INCIDENT, "place_of_worship_attack", date, null, e, place,
        place == null ? null : e, List.of(), List.of(e), "t");
  }

  static ExtractedRecord condemnation(String doc, String actor) {
    Evidence e = new Evidence(doc, new Span(0, 4), "fire");
    Actor a = new Actor(actor, "ORGANIZATION", "agent", null, null, null, actor.toLowerCase(), e);
    return new ExtractedRecord(doc, RecordKind.RESPONSE, "condemnation", DAY, null, e, null, null, List.of(a),
        List.of(e), "t");
  }

  List<Assignment> assign(String doc, String original, ExtractedRecord... records) throws Exception {
    var dedup = new DedupJson.Dedup(doc, records.length, original, original == null ? 0 : 0.9);
    return state.assign(new DedupJson.Group(dedup, IntStream.range(0, records.length).boxed().toList(),
        List.of(records)));
  }

  @Test
  void eventId_sameRecord_sameIdBetween2pow52And2pow53() {
    long id = EventState.eventId("abc", 0);
    assertThat(id).isEqualTo(EventState.eventId("abc", 0)).isNotEqualTo(EventState.eventId("abc", 1))
        .isBetween(1L << 52, (1L << 53) - 1);
  }

  @Test
  void assign_twoReportsOfOneBurning_joinOneEvent_anotherCityStartsAnother() throws Exception {
    Assignment first = assign("a", null, incident("a", DAY, LYON)).getFirst();
    Assignment late = assign("b", null, incident("b", DAY.plusDays(1), LYON)).getFirst();
    Assignment elsewhere = assign("c", null, incident("c", DAY, MARSEILLE)).getFirst();

    assertThat(first.signal()).isEqualTo("new");
    assertThat(first.eventId()).isEqualTo(EventState.eventId("a", 0));
    assertThat(late.eventId()).isEqualTo(first.eventId());
    assertThat(late.signal()).isEqualTo("same_event:type+date+place");
    assertThat(elsewhere.eventId()).isEqualTo(EventState.eventId("c", 0));
    assertThat(events).hasSize(2);
  }

  @Test
  void assign_outsideTheDayWindow_startsAnEvent() throws Exception {
    long first = assign("a", null, incident("a", DAY, LYON)).getFirst().eventId();
    long later = assign("b", null, incident("b", DAY.plusDays(3), LYON)).getFirst().eventId();
    assertThat(later).isNotEqualTo(first);
  }

  @Test
  void assign_twoRecordsOfOneDocument_areTwoEvents() throws Exception {
    List<Assignment> a = assign("a", null, incident("a", DAY, LYON), incident("a", DAY, LYON));
    assertThat(a).extracting(Assignment::eventId).doesNotHaveDuplicates();
  }

  @Test
  void assign_documentAgain_givesItsFirstDecisionsAndChangesNothing() throws Exception {
    List<Assignment> first = assign("a", null, incident("a", DAY, LYON));
    assign("b", null, incident("b", DAY, LYON));
    Map<Long, String> before = new HashMap<>(events);

    assertThat(assign("a", null, incident("a", DAY, LYON))).isEqualTo(first);
    assertThat(assign("b", null, incident("b", DAY, LYON)).getFirst().eventId()).isEqualTo(first.getFirst().eventId());
    assertThat(events).isEqualTo(before);
  }

  @Test
  void assign_nearDuplicate_joinsTheEventOfItsOriginalsRecord() throws Exception {
    long original = assign("a", null, incident("a", DAY, LYON)).getFirst().eventId();
    // the copy's date is read differently: matching alone would not join it
    Assignment copy = assign("b", "a", incident("b", DAY.plusDays(5), null)).getFirst();
    assertThat(copy.eventId()).isEqualTo(original);
    assertThat(copy.signal()).isEqualTo("near_duplicate:a");
    assertThat(copy.score()).isEqualTo(0.9);
  }

  @Test
  void assign_responsesOfDifferentActors_areDifferentEvents() throws Exception {
    long oic = assign("a", null, condemnation("a", "OIC")).getFirst().eventId();
    long oicAgain = assign("b", null, condemnation("b", "OIC")).getFirst().eventId();
    long egypt = assign("c", null, condemnation("c", "Egypt")).getFirst().eventId();
    assertThat(oicAgain).isEqualTo(oic);
    assertThat(egypt).isNotEqualTo(oic);
  }

  @Test
  void assign_eventWhoseDateMoves_isFoundAtItsNewDate() throws Exception {
    long id = assign("a", null, incident("a", DAY, LYON)).getFirst().eventId();
    assign("b", null, incident("b", DAY.plusDays(2), LYON));
    assign("c", null, incident("c", DAY.plusDays(2), LYON)); // the event's date is now DAY + 2
    assertThat(days).containsEntry(DAY.plusDays(2).toEpochDay(), Long.toString(id));
    assertThat(days.get(DAY.toEpochDay())).isEmpty();
    // DAY + 4 is in the window of DAY + 2 only
    assertThat(assign("d", null, incident("d", DAY.plusDays(4), LYON)).getFirst().eventId()).isEqualTo(id);
  }

  @Test
  void assign_undatedRecords_meetOnlyUndatedEvents() throws Exception {
    long dated = assign("a", null, incident("a", DAY, LYON)).getFirst().eventId();
    long undated = assign("b", null, incident("b", null, LYON)).getFirst().eventId();
    assertThat(undated).isNotEqualTo(dated);
    assertThat(assign("c", null, incident("c", null, LYON)).getFirst().eventId()).isEqualTo(undated);
  }

  @Test
  void profile_takesTheMostFrequentDateAndTheMostSpecificPlace() throws Exception {
    long id = assign("a", null, incident("a", DAY, FRANCE)).getFirst().eventId();
    assign("b", null, incident("b", DAY.plusDays(1), LYON));
    assign("c", null, incident("c", DAY.plusDays(1), FRANCE));
    var e = EventState.profile(DedupJson.EventSources.read(events.get(id)));
    assertThat(e.date()).isEqualTo(DAY.plusDays(1));
    assertThat(e.place()).isEqualTo(LYON);
    assertThat(e.placeIds()).containsExactlyInAnyOrder(LYON.id(), FRANCE.id());
  }
}
