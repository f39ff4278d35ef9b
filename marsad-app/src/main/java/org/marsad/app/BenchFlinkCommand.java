package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.core.domain.Document;
import org.marsad.flink.FlinkBench;
import org.marsad.flink.Latencies;
import org.marsad.flink.LocalKafka;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench flink}: throughput of the scale-out host at parallelism 1 and 2 (until every
 * record is in an event) and the time from a document entering Kafka to its records, and to its
 * events, in PostgreSQL (50th and 95th percentiles and maximum), with the load average before and
 * after, since the machine may be shared. Starts what it is not given: a Kafka
 * broker in this JVM, an embedded PostgreSQL in a temporary folder; the Flink job runs on a
 * MiniCluster in this JVM.
 */
@Command(name = "flink", mixinStandardHelpOptions = true,
    description = "Time the scale-out host (Kafka, Flink, PostgreSQL) on this machine (a benchmark, not a test).")
final class BenchFlinkCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder of *.jsonl article texts; the bench sends those the cascade lets through (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--docs", defaultValue = "60", description = "Documents per throughput run (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--latency-docs", defaultValue = "20",
      description = "Documents timed one by one, after " + FlinkBench.WARM_UP + " untimed (default: ${DEFAULT-VALUE}).")
  int latencyDocs;

  @Option(names = "--warm-up-docs", defaultValue = "30", paramLabel = "N",
      description = "Documents the pipeline reads in this JVM before the runs, so that the first run does not pay for"
          + " compiling the code the later ones reuse (default: ${DEFAULT-VALUE}).")
  int warmUpDocs;

  @Option(names = "--warm-up-runs", defaultValue = "1", paramLabel = "N",
      description = "Unmeasured passes of the documents through a job of the first parallelism before the measured"
          + " runs, so that these measure compiled code, as a long-running job has; 0 measures a fresh JVM"
          + " (default: ${DEFAULT-VALUE}).")
  int warmUpRuns;

  @Option(names = "--parallelism", split = ",", defaultValue = "1,2",
      description = "Parallelisms to measure, in order (default: ${DEFAULT-VALUE}).")
  List<Integer> parallelisms;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
      description = "Times every parallelism is measured, in turn (1, 2, 1, 2, ...); its figures are its median run's,"
          + " since single runs vary by about 20%% (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--bootstrap-servers", paramLabel = "HOSTS",
      description = "A Kafka cluster to use instead of a broker started in this JVM; the bench creates topics marsad-bench.*.")
  String bootstrapServers;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "A PostgreSQL server to store into instead of an embedded one; the bench deletes the documents it sends there.")
  String dbUrl;

  @Override
  public Integer call() throws Exception {
    if (docs < 1 || latencyDocs < 1 || warmUpDocs < 1 || rounds < 1 || warmUpRuns < 0) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--docs, --latency-docs, --warm-up-docs and --rounds must be at least 1, --warm-up-runs at least 0: docs="
              + docs + ", latency-docs=" + latencyDocs + ", warm-up-docs=" + warmUpDocs + ", rounds=" + rounds
              + ", warm-up-runs=" + warmUpRuns);
    }
    List<Document> all = BenchCorpus.read(data, 100_000);
    List<Document> corpus = FlinkBench.relevant(all, docs);
    int timed = latencyDocs + FlinkBench.WARM_UP;
    if (corpus.size() < timed) {
      throw new IllegalArgumentException("too few articles under " + data + " pass the cascade: "
          + corpus.size() + " of " + all.size());
    }
    System.err.printf("%d of %d articles pass the cascade; sending %d per run%n", corpus.size(), all.size(), corpus.size());
    int warm = Math.min(warmUpDocs, corpus.size());
    System.err.println("loading CoreNLP and warming up on " + warm + " documents");
    long loadStart = System.nanoTime();
    FlinkBench.warmUp(corpus.subList(0, warm));
    long warmMs = (System.nanoTime() - loadStart) / 1_000_000;

    Path tmp = Files.createTempDirectory("marsad-bench-flink");
    LocalKafka kafka = null;
    try {
      String servers = bootstrapServers;
      if (servers == null) {
        System.err.println("starting a Kafka broker in this JVM");
        // Kafka's storage formatter prints to stdout, which holds only the figures
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        try {
          kafka = LocalKafka.start(tmp.resolve("kafka"));
        } finally {
          System.setOut(out);
        }
        servers = kafka.bootstrapServers();
      }
      StoreConfig storeConfig = dbUrl == null ? StoreConfig.embedded(tmp.resolve("home")) : StoreConfig.server(dbUrl);
      try (Store store = Store.open(storeConfig, Clock.systemUTC())) {
        System.err.println("storing into " + store.description());
        String runId = Long.toString(System.currentTimeMillis(), 36);
        FlinkBench bench = new FlinkBench(
            new FlinkBench.Settings(servers, store.jdbcUrl(), parallelisms, rounds, latencyDocs, runId,
                warmUpRuns),
            System.err::println);
        double loadBefore = loadAverage();
        System.err.println("load average before the runs: " + loadBefore);
        FlinkBench.Result r = bench.run(corpus, corpus.subList(0, timed));
        System.out.println(figures(r, corpus.size(), warmMs, kafka != null, dbUrl == null, loadBefore));
      }
    } finally {
      if (kafka != null) {
        kafka.close();
      }
      deleteTree(tmp);
    }
    return Main.OK;
  }

  private ObjectNode figures(FlinkBench.Result r, int n, long warmMs, boolean localKafka, boolean embedded,
      double loadBefore) {
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("docs", n);
    Map<Integer, List<FlinkBench.Run>> byParallelism = byParallelism(r.runs());
    List<FlinkBench.Run> runs = medians(byParallelism);
    for (FlinkBench.Run run : runs) {
      line.put("docs_per_s_p" + run.parallelism(), round(run.docsPerSecond()));
    }
    for (FlinkBench.Run run : runs) {
      line.put("cpu_ms_per_doc_p" + run.parallelism(), Math.round(run.cpuMillisPerDoc()));
    }
    for (FlinkBench.Run run : runs) {
      line.put("jvm_cores_busy_p" + run.parallelism(), round(run.coresBusy()));
    }
    if (runs.size() >= 2) {
      line.put("speedup", round(runs.getLast().docsPerSecond() / runs.getFirst().docsPerSecond()));
    }
    line.put("rounds", rounds);
    byParallelism.forEach((p, all) -> {
      ArrayNode perRun = line.putArray("docs_per_s_runs_p" + p);
      all.forEach(x -> perRun.add(round(x.docsPerSecond())));
    });
    Latencies records = Latencies.of(r.recordLatenciesMs());
    Latencies events = Latencies.of(r.eventLatenciesMs());
    line.put("latency_ms_p50", records.p50());
    line.put("latency_ms_p95", records.p95());
    line.put("latency_ms_max", records.max());
    line.put("latency_samples", records.samples());
    line.put("event_latency_ms_p50", events.p50());
    line.put("event_latency_ms_p95", events.p95());
    line.put("event_latency_ms_max", events.max());
    line.put("event_latency_samples", events.samples());
    line.put("records", r.records());
    line.put("cores", Runtime.getRuntime().availableProcessors());
    line.put("load_average_before", round(loadBefore));
    line.put("load_average", round(loadAverage()));
    line.put("warm_up_ms", warmMs);
    line.put("warm_up_runs", warmUpRuns);
    if (!r.warmUps().isEmpty()) {
      FlinkBench.Run cold = r.warmUps().getFirst();
      line.put("cold_docs_per_s_p" + cold.parallelism(), round(cold.docsPerSecond()));
    }
    line.put("kafka", localKafka ? "in-process" : "external");
    line.put("postgresql", embedded ? "embedded" : "server");
    return line;
  }

  /** The median run of each parallelism (by time), in the order the parallelisms were first run. */
  static List<FlinkBench.Run> medianRuns(List<FlinkBench.Run> runs) {
    return medians(byParallelism(runs));
  }

  private static List<FlinkBench.Run> medians(Map<Integer, List<FlinkBench.Run>> byParallelism) {
    return byParallelism.values().stream().map(all -> Median.byTime(all, FlinkBench.Run::millis)).toList();
  }

  /** {@code runs} by parallelism, in the order the parallelisms were first run, each in the order run. */
  private static Map<Integer, List<FlinkBench.Run>> byParallelism(List<FlinkBench.Run> runs) {
    return runs.stream().collect(Collectors.groupingBy(FlinkBench.Run::parallelism, LinkedHashMap::new,
        Collectors.toList()));
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }
}
