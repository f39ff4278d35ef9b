package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The scale-out host end to end: a real Kafka broker (KRaft, in-process), the job on a Flink
 * MiniCluster, a real PostgreSQL server. Sends the two seeds and four other articles, checks that
 * each document and record lands once and that the records are those of the embedded pipeline,
 * and that each record joined its block once, then replays every topic from the start and checks
 * that nothing is duplicated and the blocks are the same.
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
    kafka.createTopic(config.topics().blocks(), 1); // one partition: the messages in emission order
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
      await(() -> TopicReader.readAll(kafka.bootstrapServers(), config.topics().blocks()).size() >= expectedRecords,
          "a block message per record");
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
    List<JsonNode> firstBlocks = TopicReader.readAll(kafka.bootstrapServers(), config.topics().blocks());
    assertThat(firstBlocks).hasSize(expectedRecords).allMatch(b -> !b.get("again").asBoolean());
    Map<String, Integer> sizes = blockSizes(firstBlocks);
    assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expectedRecords);

    // replay: a new consumer group reads every topic from the start, so every document is
    // screened, understood and stored again
    long lastId = first.maxRecordId();
    JobConfig replay = config.withGroupId("replay");
    JobClient again = submit(replay);
    try (Store store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC())) {
      await(() -> rewritten(seeds, lastId), "the seeds' records written again");
      await(() -> consumed(config.topics().results(), "replay.store"), "the replayed results consumed");
      // the replay job reads the first run's results and its own: the seeds' twice (from the old
      // and the new relevant messages), so three more block messages per record
      await(() -> TopicReader.readAll(kafka.bootstrapServers(), config.topics().blocks()).size()
          >= 4 * expectedRecords, "the replayed block messages");
    }
    again.cancel().get();
    Counts second = counts();
    assertThat(second.maxRecordId()).as("records were replaced").isGreaterThan(lastId);
    assertThat(second.withoutIds()).isEqualTo(first.withoutIds());
    List<JsonNode> replayed = TopicReader.readAll(kafka.bootstrapServers(), config.topics().blocks())
        .subList(expectedRecords, 4 * expectedRecords);
    assertThat(replayed.stream().filter(b -> !b.get("again").asBoolean())).hasSize(expectedRecords);
    assertThat(blockSizes(replayed)).isEqualTo(sizes);
    for (JsonNode b : replayed) {
      if (b.get("again").asBoolean()) {
        assertThat(b.get("others").asInt()).as(b.toString()).isEqualTo(sizes.get(b.get("block").asText()) - 1);
      }
    }
  }

  /** The number of distinct records per block in {@code blocks}. */
  private static Map<String, Integer> blockSizes(List<JsonNode> blocks) {
    Map<String, java.util.Set<String>> refs = new HashMap<>();
    for (JsonNode b : blocks) {
      refs.computeIfAbsent(b.get("block").asText(), k -> new java.util.HashSet<>()).add(b.get("record").asText());
    }
    Map<String, Integer> sizes = new HashMap<>();
    refs.forEach((k, v) -> sizes.put(k, v.size()));
    return sizes;
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
