package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.core.cascade.FocusStage;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.extract.CueBook;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.nlp.CoreNlpModel;
import org.marsad.core.pipeline.RecordAgreement;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.StageFailure;
import org.marsad.core.stage.Timed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench pipeline}: the embedded host's throughput with the cascade and with full NLP
 * on every article (the classic pipeline), over the same article texts in one run, and how many of
 * the classic pipeline's records the cascade keeps.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Documents per second of the cascade against full NLP on every article, and the records each gives "
        + "(a benchmark, not a test).")
final class BenchPipelineCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder of *.jsonl article texts (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--limit", defaultValue = "100000", description = "At most this many documents.")
  int limit;

  @Option(names = "--sample", defaultValue = "0", paramLabel = "N",
      description = "Run on N evenly spaced documents of all the corpora instead of all (0, the default: all).")
  int sample;

  @Option(names = "--baseline-sample", defaultValue = "0", paramLabel = "N",
      description = "Run the classic pipeline on every document that names a religion (only those can yield records: "
          + "extraction requires it) and on N evenly spaced others, and extrapolate its time to all documents "
          + "(0, the default: run it on all).")
  int baselineSample;

  @Option(names = "--context", defaultValue = "3,2,1,3", paramLabel = "L,B,A,D",
      description = "Sentences the focused NLP reads around the candidates: lede, before, after, first dated "
          + "(default: ${DEFAULT-VALUE}).")
  String context;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--show-lost", description = "Print each record of the classic pipeline that the cascade lost: "
      + "document, kind, type and the sentence it stands on.")
  boolean showLost;

  @Option(names = "--baseline-records", paramLabel = "FILE",
      description = "Where the classic pipeline's run is kept: when FILE exists, its times and records are read from it "
          + "and the classic pipeline does not run; else it runs and is saved there.")
  Path baselineFile;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
      description = "Unmeasured passes of the cascade over the documents before the measured one, so that the JVM "
          + "has compiled the NLP's code as a long-running watch has; the first pass's figures are printed as cold_* "
          + "(0: measure the first, cold pass; default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
      description = "Measured passes of the cascade: its figures are the median pass's (by time; of two, the slower), "
          + "and every pass's documents per second is printed as docs_per_s_runs, since single passes vary by about "
          + "15%% (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--cascade-only", description = "Run the cascade alone (no classic pipeline, no speed-up or recall).")
  boolean cascadeOnly;

  /** What one run over the documents gave. */
  private record Run(double seconds, double cpuSeconds, Map<String, List<ExtractedRecord>> records, int failed, int deep,
      long keptChars, long chars, Map<String, Long> stageMs) {
    int recordCount() {
      return records.values().stream().mapToInt(List::size).sum();
    }
  }

  @Override
  public Integer call() throws Exception {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
    }
    List<Document> docs = sample(BenchCorpus.read(data, limit), sample);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no article texts under " + data);
    }
    List<Document> topical = docs.stream().filter(d -> CueBook.defaultBook().isTopical(d.title() + "\n" + d.text())).toList();
    List<Document> others = docs.stream().filter(d -> !topical.contains(d)).toList();
    List<Document> otherSample = baselineSample <= 0 ? others : sample(others, baselineSample);
    List<Document> baselineDocs = baselineSample <= 0 ? docs
        : java.util.stream.Stream.concat(topical.stream(), otherSample.stream()).toList();
    FocusStage.Context focusContext = parseContext(context);
    long loadStart = System.nanoTime();
    CoreNlpModel.load();
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
    // the language detector loads its models on its first undecided text: not in the measured time
    org.marsad.core.lang.LanguageStage.detect("Une mosquée a été vandalisée à Lyon dans la nuit de samedi.");
    for (Document d : docs.subList(0, Math.min(3, docs.size()))) {
      StandardPipeline.classic(new Timed.StageClock()).apply(Analysis.of(d));
      StandardPipeline.create(new Timed.StageClock(), focusContext).apply(Analysis.of(d));
    }
    Run cold = null;
    for (int pass = 1; pass <= warmup; pass++) {
      System.err.printf("cascade over %d documents, warm-up pass %d of %d (not measured)%n", docs.size(), pass, warmup);
      Run r = run(docs, focusContext);
      cold = cold == null ? r : cold;
    }
    HeapPeaks.reset();
    List<Run> measured = new ArrayList<>();
    for (int pass = 1; pass <= runs; pass++) {
      System.err.printf("cascade over %d documents, measured pass %d of %d%n", docs.size(), pass, runs);
      measured.add(run(docs, focusContext));
    }
    Run cascade = Median.byTime(measured, Run::seconds);
    if (cascadeOnly) {
      ObjectNode line = cascadeFigures(docs.size(), cascade, cold, measured);
      System.out.printf("cascade: %d documents in %.1f s, %.2f documents/s, %d records (%d documents read by NLP)%n",
          docs.size(), cascade.seconds(), docs.size() / cascade.seconds(), cascade.recordCount(), cascade.deep());
      System.out.println(line);
      return Main.OK;
    }
    BaselineRun baseline;
    boolean loaded = baselineFile != null && java.nio.file.Files.exists(baselineFile);
    if (loaded) {
      baseline = BaselineRun.load(baselineFile);
      if (baseline.docs() != docs.size()) {
        throw new IllegalArgumentException("the baseline in " + baselineFile + " ran over " + baseline.docs()
            + " documents, this bench over " + docs.size() + ": give the same --data, --limit and --sample");
      }
      java.util.Set<String> here = new java.util.HashSet<>(docs.stream().map(BaselineRun::key).toList());
      long foreign = baseline.docKeys().stream().filter(k -> !here.contains(k)).count();
      if (foreign > 0) {
        throw new IllegalArgumentException("the baseline in " + baselineFile + " ran over " + foreign
            + " document(s) this bench does not read: give the same --data, --limit and --sample");
      }
      System.err.printf("classic (full NLP) read from %s%n", baselineFile);
    } else {
      baseline = runBaseline(docs, topical, others, otherSample, baselineDocs);
      if (baselineFile != null) {
        baseline.save(baselineFile);
      }
    }
    Map<String, Document> byKey = new java.util.HashMap<>();
    docs.forEach(d -> byKey.put(BaselineRun.key(d), d));
    RecordAgreement agreement = RecordAgreement.NONE;
    int cascadeOnSample = 0;
    for (String key : baseline.docKeys()) {
      List<RecordAgreement.Statement> mine = RecordAgreement.statements(cascade.records().getOrDefault(key, List.of()));
      List<RecordAgreement.Statement> theirs = baseline.records().getOrDefault(key, List.of());
      cascadeOnSample += mine.size();
      agreement = agreement.plus(RecordAgreement.ofStatements(theirs, mine));
      if (showLost) {
        Document d = byKey.get(key);
        String source = d == null ? key : d.source();
        for (RecordAgreement.Statement r : RecordAgreement.lostStatements(theirs, mine)) {
          System.out.printf("lost: %s %s %s: %s%n", source, r.kind(), r.type(), r.quote().replaceAll("\\s+", " "));
        }
      }
    }
    double classicSeconds = baseline.seconds();
    double classicCpu = baseline.cpuSeconds();
    double docsPerS = docs.size() / cascade.seconds();
    double baselinePerS = docs.size() / classicSeconds;
    ObjectNode line = cascadeFigures(docs.size(), cascade, cold, measured);
    line.put("baseline_docs_run", baseline.docKeys().size());
    line.put("baseline_measured_seconds", round(baseline.measuredSeconds()));
    line.put("baseline_seconds", round(classicSeconds));
    line.put("baseline_extrapolated", baseline.extrapolated());
    line.put("baseline_loaded", loaded);
    line.put("topical_docs", topical.size());
    line.put("baseline_docs_per_s", round(baselinePerS));
    line.put("speedup", round(docsPerS / baselinePerS));
    line.put("baseline_cpu_seconds", round(classicCpu));
    line.put("speedup_cpu", round(classicCpu / cascade.cpuSeconds()));
    line.put("peak_heap_mb", HeapPeaks.peakMb());
    line.put("records", cascade.recordCount());
    line.put("baseline_records", baseline.recordCount());
    line.put("records_on_baseline_docs", cascadeOnSample);
    line.put("records_kept", agreement.kept());
    line.put("records_identical", agreement.identical());
    line.put("record_recall", Math.round(agreement.recall() * 10000) / 10000.0);
    line.put("baseline_failed", baseline.failed());
    line.put("model_load_ms", loadMs);
    ObjectNode baselineStages = line.putObject("baseline_stage_ms");
    baseline.stageMs().forEach(baselineStages::put);
    System.out.printf("cascade: %d documents in %.1f s, %.2f documents/s, %d records (%d documents read by NLP)%n",
        docs.size(), cascade.seconds(), docsPerS, cascade.recordCount(), cascade.deep());
    System.out.printf("classic: %d documents run in %.1f s (%.1f s for all %d), %.2f documents/s, %d records%n",
        baseline.docKeys().size(), baseline.measuredSeconds(), classicSeconds, docs.size(), baselinePerS,
        baseline.recordCount());
    System.out.printf("the cascade keeps %d of the classic pipeline's %d records (%d identical in every field)%n",
        agreement.kept(), agreement.reference(), agreement.identical());
    System.out.println(line);
    return Main.OK;
  }

  /**
   * The classic pipeline over {@code baselineDocs}; its time over all documents is the measured one when it
   * ran on all, else the topical documents' plus the others' extrapolated from the sample by characters.
   */
  private BaselineRun runBaseline(List<Document> docs, List<Document> topical, List<Document> others,
      List<Document> otherSample, List<Document> baselineDocs) throws Exception {
    System.err.printf("classic (full NLP) over %d documents%n", baselineDocs.size());
    Run classic = run(baselineDocs, null);
    double classicSeconds = classic.seconds();
    if (otherSample.size() < others.size()) {
      long topicalChars = topical.stream().mapToLong(d -> d.text().length()).sum();
      long sampleChars = otherSample.stream().mapToLong(d -> d.text().length()).sum();
      long otherChars = others.stream().mapToLong(d -> d.text().length()).sum();
      double perChar = classic.seconds() / Math.max(1, topicalChars + sampleChars);
      classicSeconds = classic.seconds() + perChar * (otherChars - sampleChars);
    }
    // CPU time, extrapolated like the wall time when the classic pipeline ran on a sample
    double classicCpu = classic.cpuSeconds() * classicSeconds / classic.seconds();
    Map<String, List<RecordAgreement.Statement>> statements = new java.util.LinkedHashMap<>();
    classic.records().forEach((k, v) -> statements.put(k, RecordAgreement.statements(v)));
    return new BaselineRun(docs.size(), classicSeconds, classic.seconds(), classicCpu, classic.failed(),
        baselineDocs.stream().map(BaselineRun::key).toList(), statements, classic.stageMs());
  }

  /** The cascade's own figures (of its median pass among {@code measured}), the start of the last line. */
  private ObjectNode cascadeFigures(int docs, Run cascade, Run cold, List<Run> measured) {
    ObjectNode line = new ObjectMapper().createObjectNode();
    line.put("docs", docs);
    line.put("seconds", round(cascade.seconds()));
    line.put("docs_per_s", round(docs / cascade.seconds()));
    line.put("cpu_seconds", round(cascade.cpuSeconds()));
    line.put("runs", measured.size());
    ArrayNode perPass = line.putArray("docs_per_s_runs");
    measured.forEach(r -> perPass.add(round(docs / r.seconds())));
    line.put("warmup_passes", warmup);
    if (cold != null) {
      // the first pass of a fresh JVM: it also compiles the NLP's code (C2 took about 20 CPU-s of it)
      line.put("cold_seconds", round(cold.seconds()));
      line.put("cold_docs_per_s", round(docs / cold.seconds()));
      line.put("cold_cpu_seconds", round(cold.cpuSeconds()));
    }
    // documents per second of one thread through the cheap stages before the gate (language, religion, lexicon)
    long pregateMs = cascade.stageMs().entrySet().stream().filter(e -> PREGATE.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    line.put("pregate_docs_per_s", round(docs / Math.max(0.001, pregateMs / 1000.0)));
    line.put("nlp_docs", cascade.deep());
    line.put("nlp_chars_share", Math.round(1000.0 * cascade.keptChars() / Math.max(1, cascade.chars())) / 1000.0);
    line.put("failed", cascade.failed());
    line.put("context", context);
    line.put("threads", threads);
    line.put("load_average", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    ObjectNode stages = line.putObject("stage_ms");
    cascade.stageMs().forEach(stages::put);
    return line;
  }

  /** The names of the stages before the cascade's gate. */
  private static final java.util.Set<String> PREGATE = java.util.Set.of("language", "relevance", "lexicon");

  /** One run: the cascade with {@code focusContext}, or the classic pipeline when it is null. */
  private Run run(List<Document> docs, FocusStage.Context focusContext) throws Exception {
    boolean useCascade = focusContext != null;
    Timed.StageClock clock = new Timed.StageClock();
    Pipeline pipeline = useCascade ? StandardPipeline.create(clock, focusContext) : StandardPipeline.classic(clock);
    Map<String, List<ExtractedRecord>> records = new ConcurrentHashMap<>();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger deep = new AtomicInteger();
    AtomicLong keptChars = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.jvm();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> futures = new ArrayList<>();
      for (Document d : docs) {
        futures.add(pool.submit(() -> {
          try {
            Analysis a = pipeline.apply(Analysis.of(d));
            List<ExtractedRecord> found = a.get(ExtractStage.RECORDS).records();
            if (!found.isEmpty()) {
              records.put(BaselineRun.key(d), found);
            }
            chars.addAndGet(d.text().length());
            if (useCascade && a.get(FocusStage.FOCUS).any() && !a.get(org.marsad.core.nlp.NlpStage.PARSE).sentences().isEmpty()) {
              deep.incrementAndGet();
              keptChars.addAndGet(a.get(FocusStage.FOCUS).keptChars());
            }
          } catch (StageFailure f) {
            failed.incrementAndGet();
          }
          int n = done.incrementAndGet();
          if (n % 100 == 0 || n == docs.size()) {
            System.err.printf("\r  %d/%d documents, %.1f s", n, docs.size(), (System.nanoTime() - start) / 1e9);
            if (n == docs.size()) {
              System.err.println();
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (ProcessCpu.jvm() - cpuStart) / 1e9;
    return new Run(seconds, cpuSeconds, records, failed.get(), deep.get(), keptChars.get(), chars.get(), clock.millis());
  }

  /** {@code n} evenly spaced documents, or all when {@code n} is 0 or not less than their number. */
  static List<Document> sample(List<Document> docs, int n) {
    if (n <= 0 || n >= docs.size()) {
      return docs;
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(docs.get((int) ((long) i * docs.size() / n)));
    }
    return out;
  }

  static FocusStage.Context parseContext(String spec) {
    String[] parts = spec.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("--context needs four numbers (lede,before,after,dated), got \"" + spec + "\"");
    }
    try {
      return new FocusStage.Context(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
          Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[3].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--context needs four numbers (lede,before,after,dated), got \"" + spec + "\"");
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
