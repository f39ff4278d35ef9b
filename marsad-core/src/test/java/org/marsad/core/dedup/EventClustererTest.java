package org.marsad.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.marsad.core.eval.dedup.ClusteringScores;

class EventClustererTest {

  /** The least V-measure between the grouping of a shuffled arrival and of the given order. */
  static final double ORDER_TOLERANCE = 0.95;

  static List<Integer> cluster(List<Reports.Report> reports) {
    EventClusterer c = EventClusterer.create(ClustererConfig.defaults());
    for (Reports.Report r : reports) {
      c.add(r.id(), r.text(), TextFeaturizer.of("", r.text()));
    }
    List<Integer> out = new ArrayList<>();
    for (Reports.Report r : reports) {
      out.add(c.eventOf(r.id()).orElseThrow());
    }
    return out;
  }

  @Test
  void add_syndicatedCopies_collapseIntoTheOriginalsEvent() {
    Reports.Report original = Reports.all(1, 1).get(0);
    EventClusterer c = EventClusterer.create(ClustererConfig.defaults());
    Assignment first = c.add("original", original.text(), TextFeaturizer.of("", original.text()));
    String copy = "By our correspondent\n" + original.text() + "\n(c) Agence Presse";

    Assignment second = c.add("copy", copy, TextFeaturizer.of("", copy));
    Assignment third = c.add("verbatim", original.text(), TextFeaturizer.of("", original.text()));

    assertThat(first.signal()).isEqualTo("new");
    assertThat(second.signal()).isEqualTo("near_duplicate");
    assertThat(second.duplicateOf()).isEqualTo("original");
    assertThat(second.score()).isGreaterThanOrEqualTo(0.8);
    assertThat(third.duplicateOf()).isEqualTo("original");
    assertThat(List.of(second.event(), third.event())).containsOnly(first.event());
    assertThat(c.events()).isEqualTo(1);
  }

  @Test
  void add_reportsOfSixEvents_groupsThemByEvent() {
    List<Reports.Report> reports = new ArrayList<>(Reports.all(5, 3));
    Collections.shuffle(reports, new Random(11));

    List<Integer> predicted = cluster(reports);
    ClusteringScores s = ClusteringScores.of(predicted, reports.stream().map(Reports.Report::event).toList());

    assertThat(s.vMeasure()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.clusters()).isBetween(6, 8);
  }

  @Test
  void add_twoEventsOfOneTypeOnOneDayInDifferentTowns_stayApart() {
    List<Reports.Report> reports = Reports.all(4, 5).stream().filter(r -> r.event() <= 1).toList();
    List<Reports.Report> interleaved = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      interleaved.add(reports.get(i));
      interleaved.add(reports.get(4 + i));
    }

    List<Integer> predicted = cluster(interleaved);

    for (int i = 0; i < interleaved.size(); i++) {
      for (int j = 0; j < interleaved.size(); j++) {
        if (interleaved.get(i).event() != interleaved.get(j).event()) {
          assertThat(predicted.get(i)).as("%s vs %s", interleaved.get(i).id(), interleaved.get(j).id())
              .isNotEqualTo(predicted.get(j));
        }
      }
    }
  }

  @Property(tries = 30)
  void add_anyArrivalOrder_changesTheGroupingWithinTolerance(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    List<Reports.Report> reports = Reports.all(5, 3);
    List<Integer> reference = cluster(reports);
    List<Reports.Report> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, new Random(seed));
    List<Integer> predicted = cluster(shuffled);
    // the shuffled run's labels, back in the reference order
    List<Integer> aligned = new ArrayList<>();
    for (Reports.Report r : reports) {
      aligned.add(predicted.get(shuffled.indexOf(r)));
    }

    assertThat(ClusteringScores.of(aligned, reference).vMeasure()).isGreaterThanOrEqualTo(ORDER_TOLERANCE);
  }

  @Test
  void add_sameDocumentTwice_fails() {
    EventClusterer c = EventClusterer.create(ClustererConfig.defaults());
    c.add("d", "some text here", TextFeaturizer.of("", "some text here"));
    assertThatThrownBy(() -> c.add("d", "x", TextFeaturizer.of("", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id=d");
  }
}
