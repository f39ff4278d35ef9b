package org.marsad.core.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a feed: the article's link, its title and publication day (null when the feed
 * gives none).
 */
public record FeedItem(String link, String title, LocalDate published) {

  public FeedItem {
    Objects.requireNonNull(link, "link");
    if (link.isBlank()) {
      throw new IllegalArgumentException("a feed item needs a link: title=" + title);
    }
    title = title == null ? "" : title;
  }
}
