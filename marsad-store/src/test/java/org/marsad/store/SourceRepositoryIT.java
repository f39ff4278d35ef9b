package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marsad.core.source.SourceState;

/** The watched feeds (schema V5) on real embedded PostgreSQL. */
class SourceRepositoryIT {

  @RegisterExtension static final StoreExtension stores = new StoreExtension();

  @Test
  void add_sameFeedTwice_keepsOneFreshFeed() {
    String url = "https://news.example/add-twice.xml";
    assertThat(stores.store().sources().add(url)).isTrue();
    assertThat(stores.store().sources().add(url)).isFalse();
    assertThat(stores.store().sources().find(url)).contains(SourceState.fresh(url));
    assertThat(stores.store().sources().list()).filteredOn(s -> s.url().equals(url)).hasSize(1);
  }

  @Test
  void update_stateAfterAPoll_readsBackTheSame() {
    String url = "https://news.example/update.xml";
    stores.store().sources().add(url);
    SourceState polled = new SourceState(url, "\"abc\"", "Fri, 01 Mar 2024 08:00:00 GMT", 2,
        Instant.parse("2026-03-04T06:00:00.123456Z"), "HTTP 503");
    stores.store().sources().update(polled);
    assertThat(stores.store().sources().find(url)).contains(polled);
    assertThatThrownBy(() -> stores.store().sources().update(SourceState.fresh("https://news.example/none.xml")))
        .hasMessageContaining("none.xml");
  }

  @Test
  void markSeen_linksAreSeenForTheirFeedOnlyAndGoWithIt() {
    String url = "https://news.example/seen.xml";
    String other = "https://news.example/other.xml";
    stores.store().sources().add(url);
    stores.store().sources().add(other);
    stores.store().sources().markSeen(url, List.of("https://news.example/a", "https://news.example/b"));
    stores.store().sources().markSeen(url, List.of("https://news.example/a"));
    assertThat(stores.store().sources().seen(url, "https://news.example/a")).isTrue();
    assertThat(stores.store().sources().seen(other, "https://news.example/a")).isFalse();
    assertThat(stores.store().sources().remove(url)).isTrue();
    assertThat(stores.store().sources().remove(url)).isFalse();
    assertThat(stores.store().sources().seen(url, "https://news.example/a")).isFalse();
  }
}
