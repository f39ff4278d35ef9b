package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.pipeline.StandardPipeline;
import org.marsad.core.stage.Analysis;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.testing.TestPostgres;

/**
 * The scale-out host end to end: a real Kafka broker (KRaft, in-process), the job on a Flink
 * MiniCluster, a real PostgreSQL server. Sends the two seeds and four other articles, checks that
 * each document and record lands once, that the records are those of the embedded pipeline and
 * that each joined an event, then replays every topic from the start and checks that nothing is
 * duplicated and the events are the same, with the same ids.
 */
class MarsadJobIT {

  private static final Duration WAIT = Duration.ofMinutes(4);

  @TempDir Path dir;
  private String dbUrl;
  private LocalKafka kafka;

  @BeforeEach
  void start() {
    dbUrl = TestPostgres.freshDatabase("marsad_job_it");
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
  void run_seedsAndOthers_storeEachRecordOnceAndReplayAddsNothing() throws Exception {
    List<Document> seeds = Articles.seeds();
    List<Document> docs = new ArrayList<>(seeds);
    docs.addAll(Articles.others());
    JobConfig config = JobConfig.of(kafka.bootstrapServers(), dbUrl)
        .withGroupId("first")
        .withParallelism(1)
        .withCheckpointInterval(Duration.ofMillis(500));
    kafka.createTopics(config.topics(), 2);
    // what the embedded host's pipeline finds, computed here (CoreNLP is then loaded for the job too)
    Map<String, List<ExtractedRecord>> expected = new HashMap<>();
    var pipeline = StandardPipeline.create();
    for (Document d : docs) {
      expected.put(d.id(), pipeline.apply(Analysis.of(d)).get(ExtractStage.RECORDS).records());
    }
    int expectedRecords = expected.values().stream().mapToInt(List::size).sum();

    JobClient job = submit(config);
    try (RawDocuments raw = new RawDocuments(kafka.bootstrapServers(), config.topics().raw())) {
      docs.forEach(raw::send);
    }
    try (Store store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC())) {
      await(() -> allStored(store, docs), "every document stored with its status");
      await(() -> consumed(config.topics().results(), "first.store"), "the results consumed");
      await(() -> withoutEvent(docs) == 0, "every record in an event");
    }
    job.cancel().get();

    Counts first = counts();
    try (Store store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC())) {
      for (Document d : docs) {
        assertThat(store.records().forDocument(d.id())).as(d.source())
            .containsExactlyElementsOf(expected.get(d.id()));
      }
      assertThat(store.documents().status(seeds.get(0).id())).contains(DocumentStatus.PROCESSED);
      Document french = docs.get(docs.size() - 1);
      assertThat(store.documents().status(french.id())).contains(DocumentStatus.SKIPPED_LANGUAGE);
    }
    assertThat(expectedRecords).as("the seeds yield records").isGreaterThanOrEqualTo(10);
    assertThat(first.documents()).isEqualTo(docs.size());
    assertThat(first.records()).isEqualTo(expectedRecords);
    assertThat(first.quarantined()).isZero();
    Map<Long, java.util.Set<String>> events = events();
    assertThat(events.values().stream().mapToInt(java.util.Set::size).sum()).isEqualTo(expectedRecords);
    assertThat(events.keySet()).allMatch(id -> id >= (1L << 52) && id < (1L << 53));

    // replay: a new consumer group reads every topic from the start, so every document is
    // screened, understood and stored again
    long lastId = first.maxRecordId();
    JobConfig replay = config.withGroupId("replay");
    JobClient again = submit(replay);
    try (Store store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC())) {
      await(() -> rewritten(seeds, lastId), "the seeds' records written again");
      // every document screened again gives a result; then the store's offsets cover them all, and
      // a checkpoint completes only when every operator after it has handled what came before
      await(() -> messages(config.topics().results()) >= 2L * docs.size(), "the replay's results");
      await(() -> consumed(config.topics().results(), "replay.store"), "the replayed results consumed");
      await(() -> withoutEvent(docs) == 0, "every record in an event again");
    }
    again.cancel().get();
    Counts second = counts();
    assertThat(second.maxRecordId()).as("records were replaced").isGreaterThan(lastId);
    assertThat(second.withoutIds()).isEqualTo(first.withoutIds());
    assertThat(events()).isEqualTo(events);
  }

  /** The record references (documentId#ordinal) of each event. */
  private Map<Long, java.util.Set<String>> events() throws SQLException {
    Map<Long, java.util.Set<String>> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select s.event_id, r.document_id || '#' || r.ordinal from event_sources s"
            + " join records r on r.id = s.record_id")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  /** How many records of {@code docs} are in no event. */
  private long withoutEvent(List<Document> docs) {
    try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from records r left join event_sources s on s.record_id = r.id"
            + " where s.record_id is null")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private JobClient submit(JobConfig config) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.parallelism());
    MarsadJob.define(env, config);
    return env.executeAsync("marsad-it");
  }

  /** What the database holds, counted. */
  record Counts(long documents, long records, long actors, long evidence, long quarantined, long maxRecordId) {
    Counts withoutIds() {
      return new Counts(documents, records, actors, evidence, quarantined, 0);
    }
  }

  private Counts counts() throws SQLException {
    try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select (select count(*) from documents), (select count(*) from records),"
            + " (select count(*) from record_actors), (select count(*) from evidence),"
            + " (select count(*) from quarantine), (select coalesce(max(id), 0) from records)")) {
      rs.next();
      return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
  }

  private boolean allStored(Store store, List<Document> docs) {
    return docs.stream().allMatch(d -> store.documents().status(d.id())
        .filter(s -> s != DocumentStatus.INGESTED).isPresent());
  }

  private boolean rewritten(List<Document> seeds, long lastId) {
    try (Connection c = DriverManager.getConnection(dbUrl); Statement s = c.createStatement()) {
      for (Document d : seeds) {
        try (ResultSet rs = s.executeQuery("select coalesce(min(id), 0) from records where document_id = '"
            + d.id() + "'")) {
          rs.next();
          if (rs.getLong(1) <= lastId) {
            return false;
          }
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many messages {@code topic} holds (its two partitions). */
  private long messages(String topic) {
    try (Admin admin = kafka.admin()) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < 2; p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether consumer group {@code group} has committed the end of every partition of {@code topic}. */
  private boolean consumed(String topic, String group) {
    try (Admin admin = kafka.admin()) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < 2; p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      var ends = admin.listOffsets(latest).all().get();
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      return ends.entrySet().stream().allMatch(e -> {
        OffsetAndMetadata c = committed.get(e.getKey());
        return e.getValue().offset() == 0 || (c != null && c.offset() >= e.getValue().offset());
      });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
