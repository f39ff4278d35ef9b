package org.marsad.core.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads the items of an RSS or Atom feed (ROME), resolving relative links against the feed's URL.
 * Items without a link are left out. Stateless and thread-safe.
 */
public final class FeedReader {

  private FeedReader() {}

  /**
   * The items of the feed in {@code body}, fetched from {@code feedUri}.
   *
   * @throws IllegalArgumentException when the body is not a feed, with the parser's reason
   */
  public static List<FeedItem> read(URI feedUri, byte[] body) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(feedUri + " is not an RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> out = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
        link = e.getUri();
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      String resolved;
      try {
        resolved = feedUri.resolve(link.trim()).toString();
      } catch (IllegalArgumentException bad) {
        continue;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      out.add(new FeedItem(resolved, e.getTitle(), date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
    }
    return out;
  }
}
