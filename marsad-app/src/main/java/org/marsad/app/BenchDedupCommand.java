package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.dedup.Assignment;
import org.marsad.core.dedup.ClustererConfig;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.TextFeaturizer;
import org.marsad.core.domain.Document;
import org.marsad.core.eval.dedup.ClusteringScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench dedup [--docs N]}: documents per second and peak heap of online same-event
 * clustering (near-duplicates included) over synthetic variations of real articles, at 10k and
 * 100k documents by default, to show that cost grows about linearly.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Time online dedup and same-event clustering over synthetic variations of real articles.")
final class BenchDedupCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder of *.jsonl article texts to vary (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--docs", split = ",", description = "Documents per run (default: 10000,100000).")
  List<Integer> docs;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic stream (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    List<Integer> sizes = docs == null || docs.isEmpty() ? List.of(10_000, 100_000) : docs;
    for (int n : sizes) {
      if (n < 1) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--docs must be positive: " + n);
      }
    }
    List<String> texts = BenchCorpus.read(data, 5_000).stream().map(Document::text).toList();
    if (texts.isEmpty()) {
      System.err.println("marsad: no article texts under " + data);
      return Main.QUARANTINED;
    }
    System.out.printf(Locale.ROOT, "%d real articles varied into synthetic events (about 5 reports each)%n", texts.size());
    run(texts, Math.min(2_000, sizes.get(0))); // warm-up
    ObjectNode line = new ObjectMapper().createObjectNode();
    double firstPerDoc = 0;
    for (int n : sizes) {
      Run r = run(texts, n);
      System.out.printf(Locale.ROOT, "%,9d docs: %,.0f docs/s, %.1f µs/doc, peak heap %d MB, %d events (gold %d),"
          + " %d near-duplicates, V %.3f, ARI %.3f%n", n, r.docsPerSecond(), 1e6 / r.docsPerSecond(), r.peakMb(),
          r.scores().clusters(), r.scores().goldClusters(), r.nearDuplicates(), r.scores().vMeasure(), r.scores().ari());
      String k = n % 1000 == 0 ? (n / 1000) + "k" : Integer.toString(n);
      line.put("docs_per_s_" + k, Math.round(r.docsPerSecond()));
      line.put("peak_heap_mb_" + k, r.peakMb());
      line.put("v_measure_" + k, Math.round(r.scores().vMeasure() * 1000) / 1000.0);
      if (firstPerDoc == 0) {
        firstPerDoc = 1 / r.docsPerSecond();
      } else {
        line.put("time_per_doc_ratio_" + k, Math.round(1 / r.docsPerSecond() / firstPerDoc * 100) / 100.0);
      }
    }
    System.out.println(line);
    return Main.OK;
  }

  private record Run(double docsPerSecond, long peakMb, ClusteringScores scores, int nearDuplicates) {}

  private Run run(List<String> texts, int n) {
    SyntheticNews news = new SyntheticNews(texts, seed, 5);
    List<SyntheticNews.Report> reports = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      reports.add(news.next());
    }
    HeapPeaks.reset();
    EventClusterer clusterer = EventClusterer.create(ClustererConfig.defaults());
    int near = 0;
    long start = System.nanoTime();
    for (SyntheticNews.Report r : reports) {
      Assignment a = clusterer.add(r.id(), r.text(), TextFeaturizer.of("", r.text()));
      if (a.duplicateOf() != null) {
        near++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = HeapPeaks.peakMb();
    List<Integer> predicted = new ArrayList<>(n);
    List<Integer> gold = new ArrayList<>(n);
    for (SyntheticNews.Report r : reports) {
      predicted.add(clusterer.eventOf(r.id()).orElseThrow());
      gold.add(r.event());
    }
    return new Run(n / seconds, peak, ClusteringScores.of(predicted, gold), near);
  }
}
