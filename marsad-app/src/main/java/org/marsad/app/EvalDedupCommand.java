package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.marsad.core.dedup.ClustererConfig;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.TextFeaturizer;
import org.marsad.core.eval.dedup.ClusteringScores;
import org.marsad.core.eval.dedup.EcbPlusCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval dedup --data DIR [--split dev|test]}: clusters the split's ECB+ documents,
 * arriving one by one, into real-world events and scores them against the gold sub-topics.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Cluster ECB+ documents into events online (no number of events given) and score them"
        + " against the gold sub-topics: V-measure, ARI, B3.")
final class EvalDedupCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "ECB+ folder (documents.jsonl).")
  Path data;

  @Option(names = "--split", defaultValue = "test", description = "dev (for tuning) or test (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--shuffles", defaultValue = "0",
      description = "Also cluster N seeded random arrival orders and report their mean and range.")
  int shuffles;

  @Option(names = "--threshold", description = "Override the joining threshold (tuning on dev).")
  Double threshold;

  @Option(names = "--name-weight", description = "Override the names' weight (tuning on dev).")
  Double nameWeight;

  @Option(names = "--year-penalty", description = "Override the year penalty (tuning on dev).")
  Double yearPenalty;

  @Option(names = "--prior", description = "Prime the term statistics with the train split's documents (not clustered).")
  boolean prior;

  private List<EcbPlusCorpus.Doc> background = List.of();

  @Override
  public Integer call() {
    if (!split.equals("dev") && !split.equals("test")) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--split must be dev or test: " + split);
    }
    List<EcbPlusCorpus.Doc> docs;
    try {
      docs = EcbPlusCorpus.read(data, split);
      if (prior) {
        background = EcbPlusCorpus.read(data, "train");
      }
    } catch (UncheckedIOException | IllegalArgumentException e) {
      System.err.println("marsad: " + ExitReasons.oneLine(e));
      return Main.QUARANTINED;
    }
    ClustererConfig config = ClustererConfig.defaults();
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    if (nameWeight != null) {
      config = config.withNameWeight(nameWeight);
    }
    if (yearPenalty != null) {
      config = config.withYearPenalty(yearPenalty);
    }
    long start = System.nanoTime();
    ClusteringScores s = cluster(docs, config);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "ECB+ %s split: %d documents, %d gold events; file order (%.2f s)%n",
        split, s.items(), s.goldClusters(), seconds);
    print("Marsad online clusterer", s);
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("split", split);
    line.put("documents", s.items());
    if (shuffles > 0) {
      double v = 0;
      double ari = 0;
      double minV = 1;
      double minAri = 1;
      for (int seed = 1; seed <= shuffles; seed++) {
        List<EcbPlusCorpus.Doc> order = new ArrayList<>(docs);
        Collections.shuffle(order, new Random(seed));
        ClusteringScores r = cluster(order, config);
        v += r.vMeasure();
        ari += r.ari();
        minV = Math.min(minV, r.vMeasure());
        minAri = Math.min(minAri, r.ari());
      }
      System.out.printf(Locale.ROOT, "%d shuffled orders: V mean %.3f (min %.3f), ARI mean %.3f (min %.3f)%n",
          shuffles, v / shuffles, minV, ari / shuffles, minAri);
      line.put("shuffles", shuffles);
      line.put("v_measure_shuffled_mean", round(v / shuffles));
      line.put("ari_shuffled_mean", round(ari / shuffles));
    }
    System.out.println("Barhom et al. 2019 (K-means, told 20 events), test: V 0.984, ARI 0.965, B3 F1 0.968;"
        + " TF-IDF + average linkage tuned on dev, test: V 0.909, ARI 0.788 (issue 4)");
    line.put("v_measure", round(s.vMeasure()));
    line.put("homogeneity", round(s.homogeneity()));
    line.put("completeness", round(s.completeness()));
    line.put("ari", round(s.ari()));
    line.put("b3_precision", round(s.b3Precision()));
    line.put("b3_recall", round(s.b3Recall()));
    line.put("b3_f1", round(s.b3F1()));
    line.put("clusters", s.clusters());
    line.put("gold_clusters", s.goldClusters());
    line.put("threshold", config.threshold());
    line.put("seconds", round(seconds));
    System.out.println(line);
    return Main.OK;
  }

  ClusteringScores cluster(List<EcbPlusCorpus.Doc> docs, ClustererConfig config) {
    EventClusterer clusterer = EventClusterer.create(config);
    for (EcbPlusCorpus.Doc d : background) {
      clusterer.prime(TextFeaturizer.of("", d.text()));
    }
    List<Integer> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (EcbPlusCorpus.Doc d : docs) {
      clusterer.add(d.id(), d.text(), TextFeaturizer.of("", d.text()));
    }
    for (EcbPlusCorpus.Doc d : docs) { // where each document is at the end, after merges
      predicted.add(clusterer.eventOf(d.id()).orElseThrow());
      gold.add(d.subtopic());
    }
    return ClusteringScores.of(predicted, gold);
  }

  private static void print(String system, ClusteringScores s) {
    System.out.printf(Locale.ROOT, "%-28s V %.3f (h %.3f, c %.3f)  ARI %.3f  B3 P/R/F1 %.3f/%.3f/%.3f  clusters %d%n",
        system, s.vMeasure(), s.homogeneity(), s.completeness(), s.ari(), s.b3Precision(), s.b3Recall(), s.b3F1(),
        s.clusters());
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
