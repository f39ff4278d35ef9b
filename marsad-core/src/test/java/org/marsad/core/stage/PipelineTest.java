package org.marsad.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;

class PipelineTest {

  private static final Key<String> A = Key.of("a", String.class);
  private static final Key<String> B = Key.of("b", String.class);

  private record FakeStage(String name, Set<Key<?>> requires, Set<Key<?>> provides, UnaryOperator<Analysis> body)
      implements Stage {
    @Override
    public Analysis apply(Analysis in) {
      return body.apply(in);
    }
  }

  private static final Document DOC = new Document("d1", "test", "", "", LocalDate.of(2020, 1, 1), "", "", "text");

  @Test
  void of_stageMissingItsInput_failsNamingStageAndKey() {
    Stage needsA = new FakeStage("needs-a", Set.of(A), Set.of(B), a -> a.with(B, "b"));
    assertThatThrownBy(() -> Pipeline.of("p", List.of(needsA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs-a")
        .hasMessageContaining("\"a\"");
  }

  @Test
  void apply_wiredStages_runInOrder() {
    Stage makesA = new FakeStage("makes-a", Set.of(), Set.of(A), a -> a.with(A, "x"));
    Stage needsA = new FakeStage("needs-a", Set.of(A), Set.of(B), a -> a.with(B, a.get(A) + "y"));
    Analysis out = Pipeline.of("p", List.of(makesA, needsA)).apply(Analysis.of(DOC));
    assertThat(out.get(B)).isEqualTo("xy");
  }

  @Test
  void part_reportsWhatItNeedsFromOutside() {
    Stage needsA = new FakeStage("needs-a", Set.of(A), Set.of(B), a -> a.with(B, "b"));
    assertThat(Pipeline.part("inner", List.of(needsA)).requires()).containsExactly(A);
  }

  @Test
  void apply_stageThrows_becomesFailureNamingTheStage() {
    Stage broken = new FakeStage("broken", Set.of(), Set.of(A), a -> {
      throw new IllegalStateException("boom");
    });
    assertThatThrownBy(() -> Pipeline.of("p", List.of(broken)).apply(Analysis.of(DOC)))
        .isInstanceOf(StageFailure.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("boom")
        .satisfies(e -> assertThat(((StageFailure) e).stage()).isEqualTo("broken"));
  }

  @Test
  void gate_closed_givesDefaultsWithoutRunningInner() {
    Stage exploding = new FakeStage("inner", Set.of(), Set.of(A), a -> {
      throw new AssertionError("must not run");
    });
    Gate gate = new Gate("g", Set.of(), a -> false, exploding, Map.of(A, "skipped"));
    assertThat(gate.apply(Analysis.of(DOC)).get(A)).isEqualTo("skipped");
  }

  @Test
  void gate_defaultsNotCoveringProvides_fails() {
    Stage inner = new FakeStage("inner", Set.of(), Set.of(A, B), a -> a);
    assertThatThrownBy(() -> new Gate("g", Set.of(), a -> true, inner, Map.of(A, "x")))
        .hasMessageContaining("inner");
  }

  @Test
  void get_missingKey_failsNamingIt() {
    assertThatThrownBy(() -> Analysis.of(DOC).get(A)).hasMessageContaining("\"a\"");
  }
}
