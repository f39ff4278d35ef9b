package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  private static final String DB = "jdbc:postgresql://db:5432/marsad?user=u&password=secret";

  @Test
  void fromArgs_allOptions_giveTheConfig() {
    JobConfig c = JobConfig.fromArgs("--bootstrap-servers", "k1:9092,k2:9092", "--db-url", DB,
        "--topic-prefix", "news.", "--group", "g", "--parallelism", "4", "--checkpoint-ms", "2000");
    assertThat(c.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
    assertThat(c.topics()).isEqualTo(new Topics("news.documents.raw", "news.documents.relevant", "news.results"));
    assertThat(c.groupId()).isEqualTo("g");
    assertThat(c.parallelism()).isEqualTo(4);
    assertThat(c.checkpointInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void fromArgs_defaults_applyWhenLeftOut() {
    JobConfig c = JobConfig.fromArgs("--bootstrap-servers", "k:9092", "--db-url", DB);
    assertThat(c.topics().raw()).isEqualTo("marsad.documents.raw");
    assertThat(c.groupId()).isEqualTo(JobConfig.DEFAULT_GROUP);
    assertThat(c.parallelism()).isEqualTo(1);
    assertThat(c.checkpointInterval()).isEqualTo(JobConfig.DEFAULT_CHECKPOINT_INTERVAL);
  }

  @Test
  void fromArgs_unknownOption_failsNamingIt() {
    assertThatThrownBy(() -> JobConfig.fromArgs("--bootstrap-servers", "k:9092", "--db-url", DB, "--paralelism", "2"))
        .hasMessageContaining("--paralelism");
  }

  @Test
  void fromArgs_missingDbUrl_fails() {
    assertThatThrownBy(() -> JobConfig.fromArgs("--bootstrap-servers", "k:9092")).hasMessageContaining("--db-url");
  }

  @Test
  void new_zeroParallelism_failsWithTheValue() {
    assertThatThrownBy(() -> JobConfig.of("k:9092", DB).withParallelism(0)).hasMessageContaining("parallelism=0");
  }

  @Test
  void new_badBootstrapServers_fails() {
    assertThatThrownBy(() -> JobConfig.of("kafka", DB)).hasMessageContaining("kafka");
  }

  @Test
  void toString_hidesThePassword() {
    assertThat(JobConfig.of("k:9092", DB).toString()).doesNotContain("secret").contains("password=***");
  }

  @Test
  void topics_sameNameTwice_fails() {
    assertThatThrownBy(() -> new Topics("a", "a", "b")).hasMessageContaining("must differ");
  }
}
