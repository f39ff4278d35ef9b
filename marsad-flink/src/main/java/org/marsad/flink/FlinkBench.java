package org.marsad.flink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.marsad.core.domain.Document;

/**
 * Measures the scale-out host end to end on one machine: documents sent to the raw topic of a real
 * Kafka broker, the job on a Flink MiniCluster in this JVM, results stored in a real PostgreSQL.
 * Throughput is documents per second, from the first send until every document is stored and
 * every one of its records is in an event, at each parallelism asked. Latency is timed one
 * document at a time on the idle job of the last run, after {@value #WARM_UP} untimed documents:
 * from the time Kafka stamps on a document to the moment a reader of PostgreSQL sees its final
 * status (set after its records are committed), and to the moment every record of it is in an
 * event. Before each run the bench deletes its documents from the
 * database (their records go with them) and uses topics and consumer groups of its own, so runs do
 * not see each other. Not thread-safe.
 */
public final class FlinkBench {

  /**
   * @param bootstrapServers the Kafka cluster
   * @param dbUrl the PostgreSQL database the job stores into; the bench deletes its documents there
   * @param parallelisms the parallelisms to measure throughput at, in order
   * @param rounds how many times the parallelisms are measured, in turn (1, 2, 1, 2, ...), so that a
   *     passing load or the compiler's late work weighs on each alike
   * @param latencySamples how many documents to time one at a time
   * @param runId distinguishes the topics and groups of this bench run from earlier ones
   * @param warmUpRuns passes of the corpus through a job of the first parallelism before the
   *     measured ones, not counted: a long-running job has its code compiled, and a fresh JVM
   *     spends a core on compiling it for the first minutes
   */
  public record Settings(String bootstrapServers, String dbUrl, List<Integer> parallelisms, int rounds,
      int latencySamples, String runId, int warmUpRuns) {
    public Settings {
      Objects.requireNonNull(bootstrapServers, "bootstrapServers");
      Objects.requireNonNull(dbUrl, "dbUrl");
      parallelisms = List.copyOf(parallelisms);
      if (parallelisms.isEmpty() || parallelisms.stream().anyMatch(p -> p < 1)) {
        throw new IllegalArgumentException("parallelisms must be at least 1: " + parallelisms);
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
      }
      if (warmUpRuns < 0) {
        throw new IllegalArgumentException("warmUpRuns must not be negative: " + warmUpRuns);
      }
      if (latencySamples < 1) {
        throw new IllegalArgumentException("latencySamples must be at least 1: " + latencySamples);
      }
      if (!runId.matches("[a-z0-9-]{1,40}")) {
        throw new IllegalArgumentException("runId must be [a-z0-9-]{1,40}: " + runId);
      }
    }
  }

  /**
   * One throughput run: documents stored, in how long, and the CPU time this JVM (Kafka, Flink,
   * the pipeline) spent meanwhile, which says what a document costs whatever else the machine runs.
   */
  public record Run(int parallelism, int docs, long millis, long cpuMillis) {
    public double docsPerSecond() {
      return millis == 0 ? 0 : docs * 1000.0 / millis;
    }

    public double cpuMillisPerDoc() {
      return docs == 0 ? 0 : (double) cpuMillis / docs;
    }

    /** Cores this JVM kept busy on average (CPU time over wall time); PostgreSQL's processes are not counted. */
    public double coresBusy() {
      return millis == 0 ? 0 : (double) cpuMillis / millis;
    }
  }

  /**
   * The figures: throughput runs (in the order run), the warm-up runs before them (not counted), and latencies in
   * milliseconds in the order measured, to the records stored and to the records in events
   * (documents with records only).
   */
  public record Result(List<Run> runs, List<Run> warmUps, List<Long> recordLatenciesMs,
      List<Long> eventLatenciesMs, int records) {}

  /** Documents sent before the timed ones, whose latencies are not counted. */
  public static final int WARM_UP = 2;

  private static final Duration WAIT = Duration.ofMinutes(10);

  private final Settings settings;
  private final Consumer<String> progress;
  /**
   * The bench's one connection to PostgreSQL, open during {@link #run}: it polls every few
   * milliseconds, and a new connection each time would start a new server process each time,
   * whose CPU the job would lose.
   */
  private Connection db;
  /** The job of the last pass, left running for the latencies, and its config. */
  private JobClient job;
  private JobConfig jobConfig;

  public FlinkBench(Settings settings, Consumer<String> progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** The documents of {@code docs} that the cascade lets through to CoreNLP, at most {@code limit}. */
  public static List<Document> relevant(Collection<Document> docs, int limit) {
    PipelineSplit split = PipelineSplit.standard();
    List<Document> out = new ArrayList<>();
    for (Document d : docs) {
      if (out.size() >= limit) {
        break;
      }
      if (split.screen(d).admitted()) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Loads CoreNLP and warms the code up by running the whole pipeline over {@code docs} in this
   * JVM, whose MiniCluster shares the models; returns the records found, for the report.
   */
  public static int warmUp(List<Document> docs) {
    PipelineSplit split = PipelineSplit.standard();
    return docs.stream().mapToInt(d -> split.understand(d).records().size()).sum();
  }

  /**
   * Runs the throughput runs over {@code corpus}, then times {@code latencyDocs} one by one on the
   * job of the last run, still running; the first {@value #WARM_UP} are not counted.
   */
  public Result run(List<Document> corpus, List<Document> latencyDocs) throws Exception {
    try (Connection c = DriverManager.getConnection(settings.dbUrl())) {
      db = c;
      return measure(corpus, latencyDocs);
    } finally {
      db = null;
    }
  }

  private Result measure(List<Document> corpus, List<Document> latencyDocs) throws Exception {
    List<Run> runs = new ArrayList<>();
    List<Run> warmUps = new ArrayList<>();
    try {
      for (int i = 1; i <= settings.warmUpRuns(); i++) {
        warmUps.add(pass(settings.parallelisms().getFirst(), "w" + i, "warm-up " + i + " (not counted)", corpus));
      }
      for (int round = 1; round <= settings.rounds(); round++) {
        for (int p : settings.parallelisms()) {
          runs.add(pass(p, "p" + p + "r" + round, "parallelism " + p + ", round " + round + " of " + settings.rounds(),
              corpus));
        }
      }
      int records = countRecords(corpus);
      List<Long> toRecords = new ArrayList<>();
      List<Long> toEvents = new ArrayList<>();
      deleteDocuments(latencyDocs);
      try (RawDocuments raw = new RawDocuments(settings.bootstrapServers(), jobConfig.topics().raw())) {
        for (int i = 0; i < latencyDocs.size(); i++) {
          Document d = latencyDocs.get(i);
          long sentAt = raw.send(d);
          await(() -> stored(List.of(d)) == 1, "document " + d.id() + " to be stored", 5);
          long stored = System.currentTimeMillis() - sentAt;
          await(() -> withoutEvent(List.of(d)) == 0, "the records of " + d.id() + " to be in events", 5);
          long evented = System.currentTimeMillis() - sentAt;
          boolean timed = i >= WARM_UP;
          boolean hasRecords = countRecords(List.of(d)) > 0;
          if (timed) {
            toRecords.add(stored);
            if (hasRecords) {
              toEvents.add(evented);
            }
          }
          progress.accept("latency" + (timed ? "" : " (warm-up, not counted)") + ": " + stored
              + " ms to the records, " + (hasRecords ? evented + " ms to the events" : "no records")
              + " (" + d.source() + ")");
        }
      }
      return new Result(runs, warmUps, toRecords, toEvents, records);
    } finally {
      if (job != null) {
        job.cancel().get();
        job = null;
      }
    }
  }

  /**
   * Sends {@code corpus} through a new job at parallelism {@code p}, on topics and groups of its
   * own ({@code tag}), once the job has shown it consumes, and times it until every document is
   * stored and its records are in events. The job before is cancelled; this one is left running.
   */
  private Run pass(int p, String tag, String name, List<Document> corpus) throws Exception {
    deleteDocuments(corpus);
    JobConfig config = config(tag, p);
    LocalKafka.createTopics(settings.bootstrapServers(), config.topics().all(), Math.max(2, p), (short) 1);
    if (job != null) {
      job.cancel().get();
    }
    progress.accept(name + ": starting the job");
    job = submit(config);
    jobConfig = config;
    try (RawDocuments raw = new RawDocuments(settings.bootstrapServers(), config.topics().raw())) {
      Document probe = probe(tag);
      deleteDocuments(List.of(probe));
      raw.send(probe);
      await(() -> stored(List.of(probe)) == 1, "the job to start", 100);
      progress.accept(name + ": sending " + corpus.size() + " documents");
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      for (Document d : corpus) {
        raw.send(d);
      }
      await(() -> stored(corpus) == corpus.size() && withoutEvent(corpus) == 0,
          "the documents to be stored and their records to be in events", 50);
      long millis = (System.nanoTime() - start) / 1_000_000;
      Run run = new Run(p, corpus.size(), millis, (cpuNanos() - cpuStart) / 1_000_000);
      progress.accept(String.format(java.util.Locale.ROOT,
          "%s: %d documents in %.1f s, %.2f/s, %.0f ms of CPU per document",
          name, run.docs(), millis / 1000.0, run.docsPerSecond(), run.cpuMillisPerDoc()));
      return run;
    }
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private JobConfig config(String tag, int p) {
    String prefix = "marsad-bench." + settings.runId() + "." + tag + ".";
    return JobConfig.of(settings.bootstrapServers(), settings.dbUrl())
        .withTopics(Topics.withPrefix(prefix))
        .withGroupId("marsad-bench-" + settings.runId() + "-" + tag)
        .withParallelism(p);
  }

  private static JobClient submit(JobConfig config) throws Exception {
    Configuration conf = new Configuration();
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, config.parallelism());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(), conf);
    MarsadJob.define(env, config);
    return env.executeAsync("marsad-bench-p" + config.parallelism());
  }

  /** A small document of its own per run, that the cascade stops: shows the job is consuming. */
  private Document probe(String tag) {
    String text = "Bench probe " + settings.runId() + " of run " + tag + ": the weather is mild.";
    return new Document("bench-probe-" + settings.runId() + "-" + tag, "bench", "", "", null, "", "", text);
  }

  private long stored(List<Document> docs) {
    return query("select count(*) from documents where id = any(?) and status <> 'ingested'", docs);
  }

  /** Records of {@code docs} that are in no event yet. */
  private long withoutEvent(List<Document> docs) {
    return query("select count(*) from records r where r.document_id = any(?)"
        + " and not exists (select 1 from event_sources s where s.record_id = r.id)", docs);
  }

  private int countRecords(List<Document> docs) {
    return (int) query("select count(*) from records where document_id = any(?)", docs);
  }

  private void deleteDocuments(List<Document> docs) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("delete from documents where id = any(?)")) {
      s.setArray(1, ids(docs));
      s.executeUpdate();
    }
  }

  private java.sql.Array ids(List<Document> docs) throws SQLException {
    return db.createArrayOf("text", docs.stream().map(Document::id).toArray());
  }

  private long query(String sql, List<Document> docs) {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setArray(1, ids(docs));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static void await(java.util.function.BooleanSupplier done, String what, long pollMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out after " + WAIT + " waiting for " + what);
      }
      Thread.sleep(pollMs);
    }
  }
}
