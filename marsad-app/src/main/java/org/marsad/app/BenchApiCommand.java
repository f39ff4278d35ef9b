package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.app.search.SearchIndex;
import org.marsad.app.web.ServerConfig;
import org.marsad.app.web.WebServer;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench api}: latency of the workspace under concurrent load on loopback. Fills a
 * fresh store with synthetic documents and events (bulk SQL), indexes them, serves them, and times
 * the incident list (API, with random filters and pages), search (API, random words and facets)
 * and the incident page (HTML) with a Java load generator. The last line is one JSON object.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = "p50/p99 latency of list, search and incident pages under concurrent load; the last line is JSON.")
final class BenchApiCommand implements Callable<Integer> {

  @Option(names = "--documents", defaultValue = "100000", description = "Synthetic documents (default: ${DEFAULT-VALUE}).")
  int documents;

  @Option(names = "--incidents", defaultValue = "10000", description = "Synthetic incidents, plus a quarter as many responses (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "15", description = "Seconds per scenario (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--dir", paramLabel = "DIR", description = "Keep the store here (default: a temporary folder, deleted after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1 || incidents < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "clients, seconds and incidents must be positive");
    }
    Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("marsad-bench-api");
    try {
      return run(home);
    } finally {
      if (dir == null) {
        delete(home);
      }
    }
  }

  private int run(Path home) throws Exception {
    ObjectNode line = new ObjectMapper().createObjectNode();
    Clock clock = Clock.systemUTC();
    try (Store store = Store.open(StoreConfig.embedded(home), clock);
        Workspace workspace = Workspace.over(store, clock, 16);
        SearchIndex index = SearchIndex.open(home.resolve("index"))) {
      long t0 = System.nanoTime();
      long existing = workspace.jdbi().withHandle(h -> h.createQuery("select count(*) from documents").mapTo(Long.class).one());
      if (existing == 0) {
        SyntheticWorkspace.fill(workspace.jdbi(), documents, incidents);
      }
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      t0 = System.nanoTime();
      index.sync(workspace.documents());
      long indexMs = (System.nanoTime() - t0) / 1_000_000;
      List<Long> ids = workspace.jdbi().withHandle(h -> h.createQuery(
          "select id from events where kind = 'incident' order by id").mapTo(Long.class).list());
      long docCount = workspace.jdbi().withHandle(h -> h.createQuery("select count(*) from documents").mapTo(Long.class).one());
      System.out.printf("stored %d documents and %d incidents in %d ms; indexed %d documents in %d ms%n",
          docCount, ids.size(), loadMs, index.size(), indexMs);
      line.put("documents", docCount);
      line.put("incidents", ids.size());
      line.put("clients", clients);
      line.put("seconds_per_scenario", seconds);
      try (WebServer server = WebServer.start(ServerConfig.local(0), workspace, index, clock)) {
        LoadRun load = new LoadRun(server.port());
        List<String> words = SyntheticWorkspace.WORDS.subList(0, 60);
        Map<String, Function<SplittableRandom, String>> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("list", r -> switch (r.nextInt(4)) {
          case 0 -> "/api/incidents?offset=" + r.nextInt(2000);
          case 1 -> "/api/incidents?country=" + SyntheticWorkspace.COUNTRIES.get(r.nextInt(SyntheticWorkspace.COUNTRIES.size()));
          case 2 -> "/api/incidents?type=" + SyntheticWorkspace.INCIDENT_TYPES.get(r.nextInt(10)) + "&from=2018-01-01&to=2021-12-31";
          default -> "/api/incidents?status=unverified&q=" + words.get(r.nextInt(words.size())) + "&offset=" + r.nextInt(5) * 50;
        });
        scenarios.put("search", r -> "/api/search?q=" + words.get(r.nextInt(words.size()))
            + (r.nextBoolean() ? "+" + words.get(r.nextInt(words.size())) : "")
            + (r.nextInt(3) == 0 ? "&month=20" + (15 + r.nextInt(10)) + "-0" + (1 + r.nextInt(9)) : ""));
        scenarios.put("incident_page", r -> "/incidents/" + ids.get(r.nextInt(ids.size())));
        load.run(clients, Duration.ofSeconds(Math.min(5, seconds)), 1, scenarios.get("list")); // warm-up
        load.run(clients, Duration.ofSeconds(Math.min(5, seconds)), 2, scenarios.get("search"));
        load.run(clients, Duration.ofSeconds(Math.min(5, seconds)), 3, scenarios.get("incident_page"));
        long seed = 10;
        long postmaster = ProcessCpu.postmaster(home.resolve("pgdata"));
        for (var s : scenarios.entrySet()) {
          long jvm0 = ProcessCpu.jvm();
          long pg0 = ProcessCpu.tree(postmaster);
          LoadRun.Result r = load.run(clients, Duration.ofSeconds(seconds), seed++, s.getValue());
          double jvmMs = (ProcessCpu.jvm() - jvm0) / 1e6 / Math.max(1, r.requests());
          double pgMs = pg0 < 0 ? -1 : (ProcessCpu.tree(postmaster) - pg0) / 1e6 / Math.max(1, r.requests());
          System.out.printf("%-14s %7d requests %8.1f/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %d;"
                  + " CPU per request: %.2f ms in the JVM (server and load generator), %.2f ms in PostgreSQL%n",
              s.getKey(), r.requests(), r.perSecond(), r.p50Ms(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.errors(), jvmMs, pgMs);
          line.put(s.getKey() + "_cpu_ms_per_request", Math.round((jvmMs + Math.max(0, pgMs)) * 100) / 100.0);
          line.put(s.getKey() + "_p50_ms", r.p50Ms());
          line.put(s.getKey() + "_p99_ms", r.p99Ms());
          line.put(s.getKey() + "_per_s", Math.round(r.perSecond() * 10) / 10.0);
          line.put(s.getKey() + "_errors", r.errors());
        }
      }
    }
    line.put("load_average", Math.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage() * 10) / 10.0);
    line.put("cores", Runtime.getRuntime().availableProcessors());
    System.out.println(line);
    return Main.OK;
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
