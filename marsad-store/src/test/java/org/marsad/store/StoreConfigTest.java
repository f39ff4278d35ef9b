package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

  @Test
  void embedded_defaults_binariesUnderHomeAndTenSecondWait() {
    StoreConfig config = StoreConfig.embedded(Path.of("some/home"));
    assertThat(config.isEmbedded()).isTrue();
    assertThat(config.home()).isAbsolute();
    assertThat(config.binariesOrDefault()).isEqualTo(config.home().resolve("pgbin"));
    assertThat(config.startupWait()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void new_neitherHomeNorUrl_fails() {
    assertThatThrownBy(() -> new StoreConfig(null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("home directory or a database URL");
  }

  @Test
  void server_notPostgresUrl_failsWithoutShowingPassword() {
    assertThatThrownBy(() -> StoreConfig.server("jdbc:mysql://h/db?user=u&password=pw"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("pw");
  }

  @Test
  void server_withBinaries_isAContradiction() {
    assertThatThrownBy(
            () -> StoreConfig.server("jdbc:postgresql://h/db").withBinaries(Path.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("embedded database only");
  }

  @Test
  void withStartupWait_zero_fails() {
    assertThatThrownBy(() -> StoreConfig.embedded(Path.of("h")).withStartupWait(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startupWait=PT0S");
  }

  @Test
  void toString_hidesPassword() {
    String shown =
        StoreConfig.server("jdbc:postgresql://h/db?user=u&password=secret&ssl=true").toString();
    assertThat(shown).contains("password=***&ssl=true").doesNotContain("secret");
  }
}
