package org.marsad.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

  private static final GoldRecord MEETING = new GoldRecord("response", List.of("meeting"),
      LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 26), "NE", List.of("Qureshi"));
  private static final GoldRecord ANY_STATEMENT = new GoldRecord("response", List.of("statement"), null, null, null, List.of());

  private static EmittedRecord emitted(String type, String date, String country, String actor) {
    return new EmittedRecord("response", type, date == null ? null : LocalDate.parse(date), null, country, List.of(actor));
  }

  @Test
  void score_handComputedCase() {
    // file a: one required meeting (matched), one optional statement (fits), one extra report
    // file b: nothing required, one record emitted -> negatives not clean
    Map<String, GoldScorer.FileGold> gold = new LinkedHashMap<>();
    gold.put("a", new GoldScorer.FileGold(List.of(MEETING), List.of(ANY_STATEMENT)));
    gold.put("b", new GoldScorer.FileGold(List.of(), List.of()));
    Map<String, List<EmittedRecord>> out = Map.of(
        "a", List.of(emitted("meeting", "2020-11-26", "NE", "Shah Mahmood Qureshi"),
            emitted("statement", "2020-11-26", null, "anyone"), emitted("report", "2020-11-26", null, "x")),
        "b", List.of(emitted("statement", "2020-01-01", null, "y")));
    GoldScorer.Score s = GoldScorer.score(gold, out);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(2.0 / 4.0);
    assertThat(s.negativesClean()).isFalse();
  }

  @Test
  void matchesRequired_wrongDateOrCountry_fails() {
    assertThat(GoldScorer.matchesRequired(MEETING, emitted("meeting", "2020-11-27", "NE", "Qureshi"))).isFalse();
    assertThat(GoldScorer.matchesRequired(MEETING, emitted("meeting", "2020-11-26", "PK", "Qureshi"))).isFalse();
    assertThat(GoldScorer.matchesRequired(MEETING, emitted("meeting", "2020-11-26", "NE", "Othaimeen"))).isFalse();
    assertThat(GoldScorer.matchesRequired(MEETING, emitted("meeting", "2020-11-26", "NE", "QURESHI"))).isTrue();
  }

  @Test
  void scoreFile_oneEmittedRecordMatchesOneRequiredOnly() {
    GoldScorer.FileScore f = GoldScorer.scoreFile("a", new GoldScorer.FileGold(List.of(MEETING, MEETING), List.of()),
        List.of(emitted("meeting", "2020-11-26", "NE", "Qureshi")));
    assertThat(f.matched()).isEqualTo(1);
    assertThat(f.missed()).hasSize(1);
  }

  @Test
  void dateEnd_inRange_counts() {
    EmittedRecord ranged = new EmittedRecord("response", "meeting", LocalDate.of(2020, 11, 25), LocalDate.of(2020, 11, 26), "NE", List.of("Qureshi"));
    assertThat(GoldScorer.matchesRequired(MEETING, ranged)).isTrue();
  }
}
