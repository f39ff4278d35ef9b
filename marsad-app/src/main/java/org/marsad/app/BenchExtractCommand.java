package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import org.marsad.core.domain.Document;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.nlp.CoreNlpModel;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.StageFailure;
import org.marsad.core.stage.Timed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench extract}: documents per second, per-stage time and peak heap of extraction. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Time extraction over the article texts of the evaluation data (a benchmark, not a test).")
final class BenchExtractCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR", description = "Folder of *.jsonl article texts (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--limit", defaultValue = "100000", description = "At most this many documents.")
  int limit;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    List<Document> docs = BenchCorpus.read(data, limit);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no article texts under " + data);
    }
    long loadStart = System.nanoTime();
    CoreNlpModel.load();
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    Timed.StageClock clock = new Timed.StageClock();
    Pipeline pipeline = StandardPipeline.create(clock);
    pipeline.apply(Analysis.of(docs.getFirst()));
    clock = new Timed.StageClock();
    Pipeline measured = StandardPipeline.create(clock);
    HeapPeaks.reset();
    AtomicInteger records = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> futures = docs.stream().map(d -> pool.submit(() -> {
        try {
          records.addAndGet(measured.apply(Analysis.of(d)).get(ExtractStage.RECORDS).records().size());
          int n = done.incrementAndGet();
          if (n % 250 == 0) {
            System.err.printf("  %d/%d documents%n", n, docs.size());
          }
        } catch (StageFailure f) {
          failed.incrementAndGet();
        }
      })).<Future<?>>map(f -> f).toList();
      for (Future<?> f : futures) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("docs", docs.size());
    line.put("seconds", Math.round(seconds * 100) / 100.0);
    line.put("docs_per_s", Math.round(docs.size() / seconds * 100) / 100.0);
    line.put("records", records.get());
    line.put("failed", failed.get());
    line.put("threads", threads);
    line.put("load_average", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
    line.put("model_load_ms", loadMs);
    ObjectNode stages = line.putObject("stage_ms");
    clock.millis().forEach(stages::put);
    line.put("peak_heap_mb", HeapPeaks.peakMb());
    System.out.printf("%d documents in %.1f s with %d threads: %.2f documents/s, %d records%n",
        docs.size(), seconds, threads, docs.size() / seconds, records.get());
    clock.millis().forEach((k, v) -> System.out.printf("  %-10s %8d ms%n", k, v));
    System.out.println(line);
    return Main.OK;
  }

}
