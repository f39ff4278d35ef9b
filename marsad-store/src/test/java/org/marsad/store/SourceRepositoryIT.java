package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.source.SourceState;

/** The watched feeds (schema V5) on real embedded PostgreSQL. */
class SourceRepositoryIT {

  @TempDir static Path home;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void add_sameFeedTwice_keepsOneFreshFeed() {
    String url = "https://news.example/add-twice.xml";
    assertThat(store.sources().add(url)).isTrue();
    assertThat(store.sources().add(url)).isFalse();
    assertThat(store.sources().find(url)).contains(SourceState.fresh(url));
    assertThat(store.sources().list()).filteredOn(s -> s.url().equals(url)).hasSize(1);
  }

  @Test
  void update_stateAfterAPoll_readsBackTheSame() {
    String url = "https://news.example/update.xml";
    store.sources().add(url);
    SourceState polled = new SourceState(url, "\"abc\"", "Fri, 01 Mar 2024 08:00:00 GMT", 2,
        Instant.parse("2026-03-04T06:00:00.123456Z"), "HTTP 503");
    store.sources().update(polled);
    assertThat(store.sources().find(url)).contains(polled);
    assertThatThrownBy(() -> store.sources().update(SourceState.fresh("https://news.example/none.xml")))
        .hasMessageContaining("none.xml");
  }

  @Test
  void markSeen_linksAreSeenForTheirFeedOnlyAndGoWithIt() {
    String url = "https://news.example/seen.xml";
    String other = "https://news.example/other.xml";
    store.sources().add(url);
    store.sources().add(other);
    store.sources().markSeen(url, List.of("https://news.example/a", "https://news.example/b"));
    store.sources().markSeen(url, List.of("https://news.example/a"));
    assertThat(store.sources().seen(url, "https://news.example/a")).isTrue();
    assertThat(store.sources().seen(other, "https://news.example/a")).isFalse();
    assertThat(store.sources().remove(url)).isTrue();
    assertThat(store.sources().remove(url)).isFalse();
    assertThat(store.sources().seen(url, "https://news.example/a")).isFalse();
  }
}
