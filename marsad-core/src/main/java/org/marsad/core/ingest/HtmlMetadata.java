package org.marsad.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page: title, canonical URL, author and publication date.
 *
 * <p>Title: {@code og:title}, else {@code <title>}, else JSON-LD {@code headline}, else the first
 * {@code <h1>}. URL: {@code <link rel=canonical>}, else {@code og:url}. Author: {@code <meta name=author>},
 * else JSON-LD author name. Date: the first candidate that reads as a date, in this order:
 * {@code article:published_time}, {@code itemprop=datePublished}, JSON-LD {@code datePublished}, the common
 * {@code <meta name>}s ({@code pubdate}, {@code publishdate}, {@code date}, {@code dc.date}, ...), then
 * {@code <time datetime>} (with {@code pubdate} or {@code itemprop=datePublished} first, then inside
 * {@code <article>} or {@code <main>}, then anywhere; the first {@value #MAX_TIMES} only). Values are trimmed,
 * white space collapsed, and capped in length. The page is walked twice (once for these elements, once for
 * JSON-LD), not once per candidate.
 *
 * <p>Needs: a parsed page. Gives: this record. Thread-safety: immutable.
 *
 * @param title the title, empty when none
 * @param url the canonical URL, empty when none
 * @param author the author, empty when none
 * @param published the publication day, or null when no candidate reads as a date
 * @param publishedFrom where the date was read, e.g. {@code meta article:published_time}; empty when none
 */
record HtmlMetadata(String title, String url, String author, LocalDate published, String publishedFrom) {

  static final int MAX_TITLE = 500;
  static final int MAX_URL = 2000;
  static final int MAX_AUTHOR = 200;
  /** Only the first {@code <time>} elements are candidates (bounds the work on hostile pages). */
  static final int MAX_TIMES = 50;

  /** Meta keys ({@code property}, {@code name} or {@code itemprop}) that may hold the date, by trust. */
  private static final List<String> META_DATES = List.of(
      "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
      "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
      "dcterms.created", "parsely-pub-date", "sailthru.date");

  HtmlMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
  }

  /** The metadata of {@code page}. */
  static HtmlMetadata of(org.jsoup.nodes.Document page) {
    Map<String, String> meta = new HashMap<>();
    List<Element> times = new ArrayList<>();
    String titleTag = null;
    String h1 = null;
    String canonical = null;
    for (Element e : page.select("meta[content], link[rel=canonical][href], time[datetime], title, h1")) {
      switch (e.normalName()) {
        case "meta" -> {
          for (String key : List.of("property", "name", "itemprop")) {
            if (e.hasAttr(key)) {
              meta.putIfAbsent(e.attr(key).strip().toLowerCase(Locale.ROOT), e.attr("content"));
            }
          }
        }
        case "link" -> canonical = canonical == null ? e.attr("href") : canonical;
        case "time" -> {
          if (times.size() < MAX_TIMES) {
            times.add(e);
          }
        }
        case "title" -> titleTag = titleTag == null ? e.text() : titleTag;
        case "h1" -> h1 = h1 == null ? e.text() : h1;
        default -> { }
      }
    }
    JsonLd ld = JsonLd.of(page);
    String title = first(Optional.ofNullable(meta.get("og:title")), Optional.ofNullable(titleTag),
        ld.text("headline"), Optional.ofNullable(h1));
    String url = first(Optional.ofNullable(canonical), Optional.ofNullable(meta.get("og:url")));
    String author = first(Optional.ofNullable(meta.get("author")), ld.authorName());
    for (Candidate candidate : dateCandidates(meta, times, ld)) {
      Optional<LocalDate> date = candidate.value().get().flatMap(PublishedDates::lenient);
      if (date.isPresent()) {
        return new HtmlMetadata(cap(title, MAX_TITLE), cap(url, MAX_URL), cap(author, MAX_AUTHOR), date.get(),
            candidate.from());
      }
    }
    return new HtmlMetadata(cap(title, MAX_TITLE), cap(url, MAX_URL), cap(author, MAX_AUTHOR), null, "");
  }

  /** A place a publication date may be written, read only when the ones before it gave nothing. */
  private record Candidate(String from, Supplier<Optional<String>> value) {}

  private static List<Candidate> dateCandidates(Map<String, String> meta, List<Element> times, JsonLd ld) {
    List<Candidate> candidates = new ArrayList<>();
    for (String key : META_DATES) {
      candidates.add(new Candidate("meta " + key, () -> Optional.ofNullable(meta.get(key))));
      if (key.equals("datepublished")) {
        candidates.add(new Candidate("ld+json datePublished", () -> ld.text("datePublished")));
      }
    }
    candidates.add(time("time pubdate", times, t -> t.hasAttr("pubdate")));
    candidates.add(time("time itemprop=datePublished", times,
        t -> "datepublished".equalsIgnoreCase(t.attr("itemprop"))));
    candidates.add(time("time in article or main", times,
        t -> t.closest("article, main") != null));
    candidates.add(time("time", times, t -> true));
    return candidates;
  }

  private static Candidate time(String from, List<Element> times, java.util.function.Predicate<Element> which) {
    return new Candidate(from, () -> {
      for (Element t : times) {
        if (which.test(t) && PublishedDates.lenient(t.attr("datetime")).isPresent()) {
          return Optional.of(t.attr("datetime"));
        }
      }
      return Optional.empty();
    });
  }

  @SafeVarargs
  private static String first(Optional<String>... candidates) {
    for (Optional<String> candidate : candidates) {
      if (candidate.isPresent()) {
        String value = TextNormaliser.stripped(TextNormaliser.normalise(candidate.get()).replaceAll("\\s+", " "));
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return "";
  }

  private static String cap(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end).strip();
  }
}
