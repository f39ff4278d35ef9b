package org.marsad.flink;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka cluster (one combined broker and controller, KRaft mode) running in
 * this JVM on loopback, from Kafka's own test kit: for the tests and for {@code bench flink}. Its
 * logs live under the directory given. Not for production. Thread-safe; close it once.
 */
public final class LocalKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private LocalKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /**
   * Formats and starts the cluster under {@code dir}; returns once the broker accepts clients.
   *
   * @throws IllegalStateException when it cannot start, with Kafka's reason
   */
  public static LocalKafka start(Path dir) {
    KafkaClusterTestKit kit = null;
    try {
      TestKitNodes nodes = new TestKitNodes.Builder()
          .setCombined(true)
          .setNumBrokerNodes(1)
          .setNumControllerNodes(1)
          .setBaseDirectory(dir)
          .build();
      // one broker: every internal topic has a single replica
      kit = new KafkaClusterTestKit.Builder(nodes)
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "1")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("transaction.state.log.num.partitions", "1")
          .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
          .setConfigProp("share.coordinator.state.topic.min.isr", "1")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .build();
      kit.format();
      kit.startup();
      kit.waitForReadyBrokers();
      return new LocalKafka(kit);
    } catch (Exception e) {
      if (kit != null) {
        try {
          kit.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("cannot start the in-process Kafka broker: " + e, e);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** A new admin client; close it. */
  public Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
  }

  /** Creates {@code topics} with {@code partitions} partitions each; existing ones are kept. */
  public void createTopics(Topics topics, int partitions) {
    createTopics(bootstrapServers(), topics.all(), partitions, (short) 1);
  }

  /** Creates topic {@code name} with {@code partitions} partitions unless it exists. */
  public void createTopic(String name, int partitions) {
    createTopics(bootstrapServers(), List.of(name), partitions, (short) 1);
  }

  /**
   * Creates the topics on the cluster at {@code bootstrapServers}, keeping those that exist.
   *
   * @throws IllegalStateException when Kafka refuses, with its reason
   */
  public static void createTopics(String bootstrapServers, List<String> topics, int partitions, short replicas) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      List<NewTopic> wanted = topics.stream().map(t -> new NewTopic(t, partitions, replicas)).toList();
      for (var f : admin.createTopics(wanted).values().values()) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topics " + topics + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("cannot stop the in-process Kafka broker: " + e, e);
    }
  }
}
