package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GazetteerResourcesTest {

  /** Loads a fresh copy and reports its cost; the bounds are loose enough for a busy CI machine. */
  @Test
  void load_packagedResources_fitTimeAndMemoryBudget() {
    Runtime runtime = Runtime.getRuntime();
    long before = usedAfterGc(runtime);
    long start = System.nanoTime();

    Gazetteer gazetteer = GazetteerResources.load();

    long millis = (System.nanoTime() - start) / 1_000_000;
    long retainedMb = (usedAfterGc(runtime) - before) / (1024 * 1024);
    System.out.printf(
        "gazetteer: %d places, loaded in %d ms, %d MB retained%n",
        gazetteer.size(), millis, retainedMb);
    assertThat(gazetteer.candidates("Stockholm")).isNotEmpty();
    assertThat(retainedMb).isLessThan(150);
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void readWords_commentsAndCase_areNormalised() throws IOException {
    String text = "# comment\nPolice\n\nnice\n";

    assertThat(GazetteerResources.readWords(new BufferedReader(new StringReader(text))))
        .containsExactlyInAnyOrder("police", "nice");
  }

  private static long usedAfterGc(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
