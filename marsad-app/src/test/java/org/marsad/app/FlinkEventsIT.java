package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.ingest.Ingestor;
import org.marsad.flink.JobConfig;
import org.marsad.flink.LocalKafka;
import org.marsad.flink.MarsadJob;
import org.marsad.flink.RawDocuments;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.testing.TestPostgres;

/**
 * The scale-out job and the embedded host make the same events: the two seeds and the eleven
 * development articles of {@code ../shared/seeds}, with an update of a seed (a near-duplicate), go through the embedded host ({@link Processor},
 * embedded PostgreSQL) and through the Flink job (in-process Kafka, MiniCluster, the PostgreSQL
 * server of {@code MARSAD_TEST_PG_URL}); the events, compared as the sets of record references
 * (documentId#ordinal) behind them, their same-document links and the near-duplicate marks are the
 * same. A second job with
 * fresh state then replays every topic from the start: the events keep their ids and sources.
 */
class FlinkEventsIT {

  private static final Duration WAIT = Duration.ofMinutes(5);

  @TempDir Path dir;
  private LocalKafka kafka;
  private String dbUrl;

  @BeforeEach
  void start() {
    dbUrl = TestPostgres.freshDatabase("marsad_flink_events");
    Store.open(StoreConfig.server(dbUrl), Clock.systemUTC()).close(); // the schema, before the job's
    kafka = LocalKafka.start(dir.resolve("kafka"));
  }

  @AfterEach
  void stop() {
    if (kafka != null) {
      kafka.close();
    }
    if (dbUrl != null) {
      TestPostgres.drop(dbUrl);
    }
  }

  @Test
  void seedsAndDev_sameEventsAsTheEmbeddedHost_andReplayChangesNothing() throws Exception {
    List<Document> docs = articles();
    Events embedded;
    try (Store store = Store.open(StoreConfig.embedded(dir.resolve("home")).withBinaries(Path.of("target", "pgbin")),
        Clock.systemUTC())) {
      docs.forEach(store.documents()::insertIfAbsent); // processed in this order
      new Processor(store, 1).run();
      embedded = events(store.jdbcUrl());
    }
    assertThat(embedded.sources().values().stream().mapToInt(Set::size).sum())
        .as("the seeds and dev articles yield records").isGreaterThanOrEqualTo(30);
    assertThat(embedded.sources().values()).anyMatch(refs -> refs.size() > 1);
    assertThat(embedded.duplicates()).as("the update is a near-duplicate").hasSize(1);

    JobConfig config = JobConfig.of(kafka.bootstrapServers(), dbUrl).withGroupId("first").withParallelism(1)
        .withCheckpointInterval(Duration.ofMillis(500));
    kafka.createTopics(config.topics(), 1); // one partition: the documents in the embedded host's order
    JobClient job = submit(config);
    try (RawDocuments raw = new RawDocuments(kafka.bootstrapServers(), config.topics().raw())) {
      docs.forEach(raw::send);
    }
    await(() -> done(docs), "every document stored and every record in an event");
    Events flink = events(dbUrl);
    assertThat(flink.refSets()).isEqualTo(embedded.refSets());
    assertThat(flink.linkSets()).isEqualTo(embedded.linkSets());
    assertThat(flink.duplicates()).isEqualTo(embedded.duplicates());
    assertThat(flink.sources().keySet()).allMatch(id -> id >= (1L << 52));

    // a restart with fresh state, from the start of every topic: every document stored and
    // assigned again; wait for the documents' records to be rewritten and in events again
    long lastRecord = query(dbUrl, "select max(id) from records");
    job.cancel().get();
    JobClient again = submit(config.withGroupId("replay"));
    try {
      await(() -> query(dbUrl, "select count(distinct document_id) from records where id > " + lastRecord)
          == flink.documents(), "the records written again");
      // every document screened again gives a result; once the store's offsets cover them all, a
      // checkpoint has passed every operator after it
      await(() -> resultsConsumed(config.topics().results(), 2L * docs.size(), "replay.store"), "the replay");
      await(() -> done(docs), "the replay's events");
    } finally {
      again.cancel().get();
    }
    Events replayed = events(dbUrl);
    assertThat(replayed.sources()).isEqualTo(flink.sources());
    assertThat(replayed.linkSets()).isEqualTo(flink.linkSets());
  }

  /** The seeds and the dev articles, in file order. */
  private static List<Document> articles() throws Exception {
    Path seeds = Path.of(System.getenv().getOrDefault("MARSAD_SHARED", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds.resolve("dev")), "no seeds at " + seeds.toAbsolutePath());
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    List<Document> out = new ArrayList<>();
    for (Path d : List.of(seeds, seeds.resolve("dev"))) {
      try (Stream<Path> files = Files.list(d)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          out.addAll(ingestor.ingest(f).documents());
        }
      }
    }
    // an update of the first seed, as a syndicated copy would be: a near-duplicate
    Path first = seeds.resolve("000_712beae123183450.txt");
    byte[] update = (Files.readString(first).strip() + "\nThe mosque's imam thanked the firefighters.\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.addAll(ingestor.ingest("update-of-000.txt", update).documents());
    return out;
  }

  /** Events by id with their record references, and the links between them. */
  record Events(Map<Long, Set<String>> sources, Set<List<Long>> links, long documents,
      Map<String, String> duplicates) {
    Set<Set<String>> refSets() {
      return new HashSet<>(sources.values());
    }

    /** Each link as (response's references, incident's references). */
    Set<List<Set<String>>> linkSets() {
      Set<List<Set<String>>> out = new HashSet<>();
      links.forEach(l -> out.add(List.of(sources.get(l.get(0)), sources.get(l.get(1)))));
      return out;
    }
  }

  private static Events events(String url) throws SQLException {
    Map<Long, Set<String>> sources = new HashMap<>();
    Set<List<Long>> links = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select s.event_id, r.document_id || '#' || r.ordinal from event_sources s"
          + " join records r on r.id = s.record_id")) {
        while (rs.next()) {
          sources.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
      try (ResultSet rs = s.executeQuery("select response_id, incident_id from event_links")) {
        while (rs.next()) {
          links.add(List.of(rs.getLong(1), rs.getLong(2)));
        }
      }
    }
    Map<String, String> duplicates = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, duplicate_of from documents where duplicate_of is not null")) {
      while (rs.next()) {
        duplicates.put(rs.getString(1), rs.getString(2));
      }
    }
    return new Events(sources, links, query(url, "select count(distinct document_id) from records"), duplicates);
  }

  private boolean done(List<Document> docs) {
    return query(dbUrl, "select count(*) from documents where status <> 'ingested'") == docs.size()
        && query(dbUrl, "select count(*) from records r left join event_sources s on s.record_id = r.id"
            + " where s.record_id is null") == 0
        && query(dbUrl, "select count(*) from records") > 0;
  }

  /** Whether {@code topic} (one partition) holds {@code least} messages and {@code group} has read them all. */
  private boolean resultsConsumed(String topic, long least, String group) {
    var tp = new org.apache.kafka.common.TopicPartition(topic, 0);
    try (var admin = kafka.admin()) {
      long end = admin.listOffsets(Map.of(tp, org.apache.kafka.clients.admin.OffsetSpec.latest())).all().get()
          .get(tp).offset();
      var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(tp);
      return end >= least && committed != null && committed.offset() >= end;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long query(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static JobClient submit(JobConfig config) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.parallelism());
    MarsadJob.define(env, config);
    return env.executeAsync("marsad-events-it");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT + " waiting for " + what);
      }
      Thread.sleep(200);
    }
  }
}
