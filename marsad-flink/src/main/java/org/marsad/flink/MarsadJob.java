package org.marsad.flink;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The scale-out host as one Flink job of three pipelines joined by Kafka topics:
 *
 * <pre>
 *  raw ──► screen (language, relevance) ──► relevant ──► understand (CoreNLP, geocode, extract) ──► results
 *                 └── stopped by the cascade: result with no records ─────────────────────────────► results
 *  results ──► keyed by document: store (PostgreSQL, idempotent) ──► one key: near-duplicates (MinHash, LSH)
 *          ──► keyed by (kind, type): event assignment (events in keyed state) ──► keyed by document:
 *              events (PostgreSQL: attach or create with the job's event ids, same-document links)
 * </pre>
 *
 * Delivery is at-least-once (Kafka offsets checkpointed every {@link
 * JobConfig#checkpointInterval}, Kafka sinks flushed at checkpoints) and every write is idempotent,
 * so a replay or a restart leaves one copy of every document, record and event; event ids derive
 * from the record that started the event and a record seen again keeps its event, so a replay
 * gives the same events. {@code main} submits it to
 * the cluster that {@code flink run} names.
 */
public final class MarsadJob {

  private MarsadJob() {}

  /** Adds the job's operators to {@code env} and sets its parallelism and checkpointing. */
  public static void define(StreamExecutionEnvironment env, JobConfig config) {
    env.setParallelism(config.parallelism());
    env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.AT_LEAST_ONCE);
    // a document is a large unit of work: ship it at once rather than fill network buffers
    env.setBufferTimeout(5);
    Topics t = config.topics();

    SingleOutputStreamOperator<Tuple2<String, String>> screened =
        read(env, config, t.raw(), "screen")
            .process(new ScreenFunction(), KeyedJson.TYPE)
            .name("screen")
            .uid("screen");
    screened.sinkTo(write(config, t.relevant())).name("relevant-out").uid("relevant-out");
    screened.getSideOutput(ScreenFunction.DECIDED)
        .sinkTo(write(config, t.results())).name("decided-out").uid("decided-out");

    read(env, config, t.relevant(), "understand")
        // a few partitions with uneven documents would leave a CoreNLP subtask idle
        .rebalance()
        .process(new UnderstandFunction(), KeyedJson.TYPE)
        .name("understand")
        .uid("understand")
        .sinkTo(write(config, t.results()))
        .name("results-out")
        .uid("results-out");

    SingleOutputStreamOperator<Tuple2<String, String>> nearDuplicates =
        read(env, config, t.results(), "store")
            .keyBy(r -> r.f0, Types.STRING)
            .process(new StoreFunction(config.dbUrl()), KeyedJson.TYPE)
            .name("store")
            .uid("store")
            // every document meets every earlier one: one key
            .keyBy(r -> "", Types.STRING)
            .process(new NearDuplicates(), KeyedJson.TYPE)
            .name("near-duplicates")
            .uid("near-duplicates");
    DataStream<Tuple2<String, String>> assigned = nearDuplicates
        .keyBy(r -> r.f0, Types.STRING)
        .process(new EventAssignment(), KeyedJson.TYPE)
        .name("event-assignment")
        .uid("event-assignment");
    nearDuplicates.getSideOutput(NearDuplicates.DEDUP)
        .union(assigned)
        .keyBy(r -> r.f0, Types.STRING)
        .process(new EventSink(config.dbUrl()), Types.STRING)
        .name("events")
        .uid("events")
        .sinkTo(new DiscardingSink<>())
        .name("events-written")
        .uid("events-written");
  }

  private static DataStream<Tuple2<String, String>> read(
      StreamExecutionEnvironment env, JobConfig config, String topic, String step) {
    KafkaSource<Tuple2<String, String>> source = KafkaSource.<Tuple2<String, String>>builder()
        .setBootstrapServers(config.bootstrapServers())
        .setTopics(topic)
        .setGroupId(config.groupId() + "." + step)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new KeyedJson.Reader())
        // new partitions of a topic are picked up within a few seconds
        .setProperty("partition.discovery.interval.ms", "5000")
        .setProperty("commit.offsets.on.checkpoint", "true")
        .build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), topic).uid("in-" + step);
  }

  private static KafkaSink<Tuple2<String, String>> write(JobConfig config, String topic) {
    return KafkaSink.<Tuple2<String, String>>builder()
        .setBootstrapServers(config.bootstrapServers())
        .setRecordSerializer(new KeyedJson.Writer(topic))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .setProperty("linger.ms", "0")
        .build();
  }

  /**
   * Runs the job on the cluster it is submitted to ({@code flink run -c org.marsad.flink.MarsadJob
   * ... --bootstrap-servers HOSTS --db-url URL}). See {@link JobConfig#fromArgs}.
   */
  public static void main(String[] args) throws Exception {
    JobConfig config = JobConfig.fromArgs(args);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    define(env, config);
    env.execute("marsad");
  }
}
