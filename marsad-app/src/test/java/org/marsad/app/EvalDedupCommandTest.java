package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.ClustererConfig;
import org.marsad.core.eval.dedup.ClusteringScores;
import org.marsad.core.eval.dedup.EcbPlusCorpus;

/** Same-event clustering on the ECB+ dev split (the tuning split); skipped without the shared data. */
class EvalDedupCommandTest {

  /** The least dev V-measure over arrival orders (measured: 0.923 mean, 0.92 least of 10). */
  static final double LEAST_DEV_V = 0.90;

  static Path ecbPlus() {
    Path dir = Path.of(System.getenv().getOrDefault("MARSAD_SHARED", "../shared"), "data", "ecbplus");
    assumeTrue(Files.isRegularFile(dir.resolve("documents.jsonl")), "no ECB+ data at " + dir + "; skipping");
    return dir;
  }

  @Test
  void cluster_devSplitInSeveralArrivalOrders_staysNearTheTunedFigures() {
    List<EcbPlusCorpus.Doc> docs = EcbPlusCorpus.read(ecbPlus(), "dev");
    EvalDedupCommand command = new EvalDedupCommand();
    for (int seed = 0; seed < 3; seed++) {
      List<EcbPlusCorpus.Doc> order = new ArrayList<>(docs);
      Collections.shuffle(order, new Random(seed));
      ClusteringScores s = command.cluster(order, ClustererConfig.defaults());
      assertThat(s.items()).isEqualTo(197);
      assertThat(s.goldClusters()).isEqualTo(16);
      assertThat(s.vMeasure()).as("seed %d", seed).isGreaterThanOrEqualTo(LEAST_DEV_V);
      assertThat(s.clusters()).as("seed %d", seed).isBetween(16, 32);
    }
  }
}
