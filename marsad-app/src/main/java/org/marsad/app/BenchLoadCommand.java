package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.marsad.app.search.SearchIndex;
import org.marsad.app.web.ServerConfig;
import org.marsad.app.web.WebServer;
import org.marsad.core.domain.Document;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench load}: the workspace API under concurrent load while ingest and processing run
 * at full speed in the same JVM and store. Fills a fresh store with synthetic documents and events,
 * serves them, loads the pipeline's models (as a watch that has run a while has them), then stores real articles (the evaluation news corpora under {@code --data}) and
 * processes them (the whole pipeline and clustering) while {@code --clients} clients per endpoint
 * hit the incident list, search and incident pages (after 5 untimed seconds of each, as {@code bench api}
 * does); the load stops when processing ends. A request
 * that is not answered 200 within {@code --timeout-ms} is an error. The last line is one JSON object.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "API latency while ingest and processing run at full speed; the last line is JSON.")
final class BenchLoadCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Folder with the news corpora (*.jsonl) to ingest (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--articles", defaultValue = "300", description = "Real articles to ingest and process (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--documents", defaultValue = "20000", description = "Synthetic documents stored first (default: ${DEFAULT-VALUE}).")
  int documents;

  @Option(names = "--incidents", defaultValue = "2000", description = "Synthetic incidents stored first, plus a quarter as many responses (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--clients", defaultValue = "2", description = "Concurrent clients per endpoint (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--rate", defaultValue = "0", description = "Requests per second per endpoint, sent on a fixed"
      + " schedule whatever the answers (open loop, latency counted from the scheduled time); 0: each client sends"
      + " its next request when answered, as fast as the server allows (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--threads", defaultValue = "2", description = "Processing threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--timeout-ms", defaultValue = "5000", description = "A slower answer is an error (default: ${DEFAULT-VALUE}).")
  int timeoutMs;

  @Option(names = "--dir", paramLabel = "DIR", description = "Keep the store here (default: a temporary folder, deleted after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || clients < 1 || threads < 1 || incidents < 1 || timeoutMs < 1 || !(rate >= 0)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "articles, clients, threads, incidents and timeout-ms must be positive, rate 0 or more");
    }
    Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("marsad-bench-load");
    try {
      return run(home);
    } finally {
      if (dir == null) {
        BenchApiCommand.delete(home);
      }
    }
  }

  private int run(Path home) throws Exception {
    List<Document> real = BenchCorpus.read(data, articles);
    if (real.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "no articles under " + data + " (looked for " + BenchCorpus.ARTICLE_FILES + ")");
    }
    ObjectNode line = new ObjectMapper().createObjectNode();
    Clock clock = Clock.systemUTC();
    try (Store store = Store.open(StoreConfig.embedded(home), clock);
        Workspace workspace = Workspace.over(store, clock, 16);
        SearchIndex index = SearchIndex.open(home.resolve("index"))) {
      SyntheticWorkspace.fill(workspace.jdbi(), documents, incidents);
      index.sync(workspace.documents());
      List<Long> ids = workspace.jdbi().withHandle(h -> h.createQuery(
          "select id from events where kind = 'incident' order by id").mapTo(Long.class).list());
      Processor processor = new Processor(store, threads);
      processor.warmUp(); // the models load before the clock starts, as in a watch that has run a while
      System.out.printf("stored %d synthetic documents and %d incidents; ingesting and processing %d articles"
          + " under load%n", documents, ids.size(), real.size());
      try (WebServer server = WebServer.start(ServerConfig.local(0), workspace, index, clock);
          ExecutorService generators = Executors.newFixedThreadPool(3)) {
        long warmUpSeed = 10;
        for (var s : scenarios(ids).entrySet()) { // warm-up, as bench api does: compiled code and warm caches
          new LoadRun(server.port()).run(clients, Duration.ofSeconds(5), warmUpSeed++, s.getValue());
        }
        AtomicBoolean done = new AtomicBoolean();
        Map<String, CompletableFuture<LoadRun.Result>> loads = new LinkedHashMap<>();
        long seed = 20;
        for (var s : scenarios(ids).entrySet()) {
          LoadRun load = new LoadRun(server.port(), Duration.ofMillis(timeoutMs), rate);
          long runSeed = seed++;
          loads.put(s.getKey(), CompletableFuture.supplyAsync(() -> {
            try {
              return load.run(clients, done::get, runSeed, s.getValue());
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }, generators));
        }
        long t0 = System.nanoTime();
        Processor.Summary summary;
        double ingestSeconds;
        double processSeconds;
        try {
          store.documents().insertAllIfAbsent(real);
          ingestSeconds = (System.nanoTime() - t0) / 1e9;
          long t1 = System.nanoTime();
          summary = processor.run();
          processSeconds = (System.nanoTime() - t1) / 1e9;
        } finally {
          done.set(true);
        }
        double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long requests = 0;
        long errors = 0;
        double seconds = 0;
        for (var l : loads.entrySet()) {
          LoadRun.Result r = l.getValue().get();
          System.out.printf("%-14s %7d requests %8.1f/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %d%n",
              l.getKey(), r.requests(), r.perSecond(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.errors());
          line.put(l.getKey() + "_p50_ms", r.p50Ms());
          line.put(l.getKey() + "_p99_ms", r.p99Ms());
          line.put(l.getKey() + "_errors", r.errors());
          requests += r.requests();
          errors += r.errors();
          seconds = Math.max(seconds, r.seconds());
        }
        System.out.printf("ingested %d articles in %.2f s, processed them in %.1f s (%d records) under load%n",
            real.size(), ingestSeconds, processSeconds, summary.records());
        line.put("articles", real.size());
        line.put("synthetic_documents", documents);
        line.put("synthetic_incidents", ids.size());
        line.put("clients_per_endpoint", clients);
        line.put("rate_per_endpoint", rate);
        line.put("requests_per_s", Math.round(requests / Math.max(seconds, 1e-9) * 10) / 10.0);
        line.put("errors", errors);
        line.put("docs_per_s", Math.round(real.size() / Math.max(ingestSeconds, 1e-9) * 10) / 10.0);
        line.put("processed_docs_per_s", Math.round(real.size() / Math.max(processSeconds, 1e-9) * 100) / 100.0);
        line.put("records", summary.records());
        line.put("seconds", Math.round(seconds * 10) / 10.0);
        line.put("load_average", Math.round(loadAverage * 10) / 10.0);
        line.put("cores", Runtime.getRuntime().availableProcessors());
      }
    }
    System.out.println(line);
    return Main.OK;
  }

  private static Map<String, Function<SplittableRandom, String>> scenarios(List<Long> ids) {
    List<String> words = SyntheticWorkspace.WORDS.subList(0, 60);
    List<String> countries = SyntheticWorkspace.COUNTRIES;
    Map<String, Function<SplittableRandom, String>> s = new LinkedHashMap<>();
    s.put("list", r -> switch (r.nextInt(3)) {
      case 0 -> "/api/incidents?offset=" + r.nextInt(200);
      case 1 -> "/api/incidents?country=" + countries.get(r.nextInt(countries.size()));
      default -> "/api/incidents?q=" + words.get(r.nextInt(words.size()));
    });
    s.put("search", r -> "/api/search?q=" + words.get(r.nextInt(words.size())));
    s.put("incident_page", r -> "/incidents/" + ids.get(r.nextInt(ids.size())));
    return s;
  }
}
