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
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.marsad.flink.format.ResultJson;

/**
 * The scale-out host as one Flink job of three pipelines joined by Kafka topics:
 *
 * <pre>
 *  raw ──► screen (language, relevance) ──► relevant ──► understand (CoreNLP, geocode, extract) ──► results
 *                 └── stopped by the cascade: result with no records ─────────────────────────────► results
 *  results ──► keyed by document ──► PostgreSQL (idempotent upserts)
 *          └─► per record, keyed by blocking key ──► block groups (dedup candidates) ──► blocks
 * </pre>
 *
 * Delivery is at-least-once (Kafka offsets checkpointed every {@link
 * JobConfig#checkpointInterval}, Kafka sinks flushed at checkpoints) and the sink is idempotent, so
 * a replay or a restart leaves one copy of every document and record. {@code main} submits it to
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

    DataStream<Tuple2<String, String>> results = read(env, config, t.results(), "store");
    results
        .keyBy(r -> r.f0, Types.STRING)
        .sinkTo(new StoreSink(config.dbUrl()))
        .name("postgresql")
        .uid("postgresql");
    results
        .flatMap(MarsadJob::blockKeys, KeyedJson.TYPE)
        .name("blocking-keys")
        .uid("blocking-keys")
        .keyBy(r -> r.f0, Types.STRING)
        .process(new BlockGroups(), KeyedJson.TYPE)
        .name("block-groups")
        .uid("block-groups")
        .sinkTo(write(config, t.blocks()))
        .name("blocks-out")
        .uid("blocks-out");
  }

  /** (blocking key, documentId#ordinal) for each record of a result; nothing for a bad message. */
  static void blockKeys(Tuple2<String, String> in, Collector<Tuple2<String, String>> out) {
    DocumentResult r;
    try {
      r = ResultJson.read(in.f1);
    } catch (IllegalArgumentException e) {
      return; // the sink logs and counts it
    }
    for (int i = 0; i < r.records().size(); i++) {
      out.collect(Tuple2.of(BlockingKey.of(r.records().get(i)).toString(), r.document().id() + "#" + i));
    }
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
