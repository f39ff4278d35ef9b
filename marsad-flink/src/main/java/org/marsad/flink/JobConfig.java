package org.marsad.flink;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.core.source.SecretUrls;

/**
 * How the scale-out job runs: where Kafka and PostgreSQL are, which topics, how parallel, how
 * often it checkpoints. Immutable; unknown or contradictory settings fail here.
 *
 * @param bootstrapServers Kafka's bootstrap servers, {@code host:port[,host:port...]}
 * @param dbUrl JDBC URL of the PostgreSQL server the results go to
 * @param topics the topics between the stages
 * @param groupId the Kafka consumer group prefix; a new one reads the topics from the start
 * @param parallelism how many parallel copies of each operator (and of CoreNLP)
 * @param checkpointInterval how often offsets are checkpointed; a restart replays at most this
 *     much, which the idempotent sink absorbs
 */
public record JobConfig(
    String bootstrapServers,
    String dbUrl,
    Topics topics,
    String groupId,
    int parallelism,
    Duration checkpointInterval)
    implements Serializable {

  public static final String DEFAULT_GROUP = "marsad";
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

  public JobConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(dbUrl, "dbUrl");
    Objects.requireNonNull(topics, "topics");
    groupId = groupId == null ? DEFAULT_GROUP : groupId;
    checkpointInterval = checkpointInterval == null ? DEFAULT_CHECKPOINT_INTERVAL : checkpointInterval;
    if (!bootstrapServers.matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*")) {
      throw new IllegalArgumentException("bootstrap servers must be host:port[,host:port...]: "
          + bootstrapServers);
    }
    if (!dbUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the database URL must start with jdbc:postgresql: dbUrl="
          + SecretUrls.redact(dbUrl));
    }
    if (groupId.isBlank()) {
      throw new IllegalArgumentException("groupId must not be blank");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: parallelism=" + parallelism);
    }
    if (checkpointInterval.toMillis() < 10) {
      throw new IllegalArgumentException("checkpointInterval must be at least 10 ms: "
          + checkpointInterval);
    }
  }

  public static JobConfig of(String bootstrapServers, String dbUrl) {
    return new JobConfig(bootstrapServers, dbUrl, Topics.withPrefix("marsad."), null, 1, null);
  }

  public JobConfig withParallelism(int p) {
    return new JobConfig(bootstrapServers, dbUrl, topics, groupId, p, checkpointInterval);
  }

  public JobConfig withGroupId(String g) {
    return new JobConfig(bootstrapServers, dbUrl, topics, g, parallelism, checkpointInterval);
  }

  public JobConfig withTopics(Topics t) {
    return new JobConfig(bootstrapServers, dbUrl, t, groupId, parallelism, checkpointInterval);
  }

  public JobConfig withCheckpointInterval(Duration d) {
    return new JobConfig(bootstrapServers, dbUrl, topics, groupId, parallelism, d);
  }

  /**
   * The config that command-line arguments name: {@code --bootstrap-servers HOSTS --db-url URL
   * [--topic-prefix P] [--group G] [--parallelism N] [--checkpoint-ms N]}.
   *
   * @throws IllegalArgumentException on an unknown, repeated or missing option, or a bad value
   */
  public static JobConfig fromArgs(String... args) {
    List<String> known = List.of("--bootstrap-servers", "--db-url", "--topic-prefix", "--group",
        "--parallelism", "--checkpoint-ms");
    Map<String, String> opts = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String name = rest.remove(0);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; known: " + known);
      }
      if (rest.isEmpty()) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      if (opts.put(name, rest.remove(0)) != null) {
        throw new IllegalArgumentException("option " + name + " given twice");
      }
    }
    for (String required : List.of("--bootstrap-servers", "--db-url")) {
      if (!opts.containsKey(required)) {
        throw new IllegalArgumentException("missing option " + required);
      }
    }
    return new JobConfig(opts.get("--bootstrap-servers"), opts.get("--db-url"),
        Topics.withPrefix(opts.getOrDefault("--topic-prefix", "marsad.")), opts.get("--group"),
        integer(opts, "--parallelism", 1),
        Duration.ofMillis(integer(opts, "--checkpoint-ms", (int) DEFAULT_CHECKPOINT_INTERVAL.toMillis())));
  }

  private static int integer(Map<String, String> opts, String name, int otherwise) {
    String v = opts.get(name);
    try {
      return v == null ? otherwise : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + v, e);
    }
  }

  /** Keeps the password and other secrets of the database URL out of logs ({@link SecretUrls}). */
  @Override
  public String toString() {
    return "JobConfig[bootstrapServers=" + bootstrapServers + ", dbUrl="
        + SecretUrls.redact(dbUrl) + ", topics=" + topics + ", groupId="
        + groupId + ", parallelism=" + parallelism + ", checkpointInterval=" + checkpointInterval + "]";
  }
}
