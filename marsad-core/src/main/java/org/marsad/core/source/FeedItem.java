package org.marsad.core.source;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.core.domain.Document;

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

  /**
   * The article {@code read} from this item's page, as stored: its source is the item's link, and what the page
   * itself does not say (its URL, title, publication date) is taken from the item. The one rule for an article a
   * feed points at, whether it is fetched at once ({@link FeedPoller}) or later as a lead the feed handed over
   * ({@link LeadFetcher}): a page without a date of its own keeps the feed's, which dates are resolved against.
   */
  public Document fill(Document read) {
    return new Document(read.id(), link, read.url().isEmpty() ? link : read.url(),
        read.title().isEmpty() ? title : read.title(), read.published() != null ? read.published() : published,
        read.author(), read.language(), read.text());
  }
}
