package org.marsad.core.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Polls one GDELT source for leads. The source is either GDELT's {@code lastupdate.txt} (lines of
 * {@code size md5 URL}; the events and mentions exports it names are fetched, each once, the GKG
 * left out) or an export file itself (conditional GET: read again only when it changed). Every GET
 * goes through the {@link PoliteFetcher}; a zip is inflated to {@code maxInflated} bytes at most. A
 * source that fails is polled again after a backoff. An export that fails is reported. When the failure
 * may pass (the rule of {@code Fetched.failsForNow}: a 5xx or 429, an I/O error, robots.txt unreachable for
 * now) its error ends with {@code tried again} and it is fetched again at the next poll (the poll keeps the
 * source's validators then, so that the next one reads lastupdate.txt again, not a 304); when it is for good
 * (a 4xx; a refusal: robots.txt disallows it, its address or scheme is refused, too many redirects; not a
 * URL; an unreadable file, a zip bomb) it is reported once and remembered as read. An export URL that
 * lastupdate.txt lists but we may not store ({@link StorableUrl}: too long, or with a control
 * character) or that is not a URL is a bad entry: never fetched, reported once (it is remembered by
 * a key, {@code bad-entry:sha256:} and the SHA-256 of its text, not by its URL), and the other exports of the
 * file read. An event is a lead when
 * {@link GdeltLeads} takes it (an actor of one of the typology pack's religion codes); a mention is a
 * lead when its event is a lead of this poll or of an earlier one. Needs a fetcher, the leads reader,
 * a backoff and a clock. Thread-safe when its parts are.
 */
public final class GdeltPoller {

  /**
   * What one poll gave.
   *
   * @param state the source's state after the poll
   * @param leadUrls the article URLs to queue, each once
   * @param leadEvents the GLOBALEVENTIDs of the lead events read (to remember for later mentions)
   * @param exportsRead export URLs done with (read, or failed for good), and the keys of the bad entries of
   *     lastupdate.txt reported ({@code bad-entry:sha256:} and the SHA-256 of the entry), to remember as seen
   * @param rows export rows read
   * @param skipped malformed rows skipped
   * @param errors one line per failure
   */
  public record Poll(SourceState state, List<String> leadUrls, List<String> leadEvents, List<String> exportsRead,
      int rows, int skipped, List<String> errors) {
    public Poll {
      leadUrls = List.copyOf(leadUrls);
      leadEvents = List.copyOf(leadEvents);
      exportsRead = List.copyOf(exportsRead);
      errors = List.copyOf(errors);
    }
  }

  private final PoliteFetcher fetcher;
  private final GdeltLeads leads;
  private final Backoff backoff;
  private final Clock clock;
  private final long maxInflated;

  public GdeltPoller(PoliteFetcher fetcher, GdeltLeads leads, Backoff backoff, Clock clock, long maxInflated) {
    this.fetcher = fetcher;
    this.leads = Objects.requireNonNull(leads, "leads");
    this.backoff = backoff;
    this.clock = clock;
    if (maxInflated < 1) {
      throw new IllegalArgumentException("maxInflated must be at least 1: " + maxInflated);
    }
    this.maxInflated = maxInflated;
  }

  /**
   * Polls {@code source}; {@code seenExport} tells which export URLs (and bad-entry keys, see {@link Poll}) were
   * done with before, and
   * {@code knownLeadEvents} which events earlier exports gave as leads (their mentions are leads too).
   */
  public Poll poll(SourceState source, Predicate<String> seenExport, Set<String> knownLeadEvents)
      throws InterruptedException {
    Fetched answer;
    try {
      answer = fetcher.get(URI.create(source.url()), source.etag(), source.lastModified());
    } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
      return failed(source, String.valueOf(e.getMessage()));
    }
    if (answer.notModified()) {
      return new Poll(next(source, source.etag(), source.lastModified(), 0, "304"), List.of(), List.of(), List.of(),
          0, 0, List.of());
    }
    if (!answer.ok()) {
      return failed(source, "HTTP " + answer.status());
    }
    List<URI> exports;
    Bodies bodies = new Bodies();
    List<String> read = new ArrayList<>();
    if (isZip(answer.body()) || !looksLikeLastUpdate(answer.body())) {
      bodies.add(answer.uri().toString(), answer.body());
      exports = List.of();
    } else {
      Listed listed = exportsNamed(answer.uri(), answer.body());
      exports = listed.exports();
      for (BadEntry bad : listed.bad()) {
        if (!seenExport.test(bad.key())) {
          bodies.errors.add(bad.error());
          read.add(bad.key());
        }
      }
    }
    boolean tryAgain = false;
    for (URI export : exports) {
      String url = export.toString();
      if (seenExport.test(url)) {
        continue;
      }
      String error;
      boolean passing;
      try {
        Fetched file = fetcher.get(export, "", "");
        if (file.ok()) {
          bodies.add(url, file.body());
          read.add(url);
          continue;
        }
        error = SecretUrls.redact(url) + ": HTTP " + file.status();
        passing = file.failedForNow();
      } catch (RefusedUrl | UncheckedIOException | IllegalArgumentException e) {
        error = OneLine.of(SecretUrls.redact(String.valueOf(e.getMessage())));
        passing = Fetched.failsForNow(e);
      }
      bodies.errors.add(error + (passing ? ", tried again" : ""));
      if (passing) {
        tryAgain = true;
      } else {
        read.add(url);
      }
    }
    Leads found = bodies.leads(leads, maxInflated, knownLeadEvents);
    // An export to try again keeps the validators of the last time lastupdate.txt was read whole: with the
    // new ones, the next poll would get a 304 and never come back to it.
    SourceState state = tryAgain ? next(source, source.etag(), source.lastModified(), 0, "200")
        : next(source, answer.etag(), answer.lastModified(), 0, "200");
    return new Poll(state, found.urls, found.events, read, found.rows, found.skipped, bodies.errors);
  }

  /** The exports a lastupdate.txt names, events first, and its bad entries left out. */
  record Listed(List<URI> exports, List<BadEntry> bad) {
    Listed {
      exports = List.copyOf(exports);
      bad = List.copyOf(bad);
    }
  }

  /** A bad entry of lastupdate.txt: the key it is remembered by ({@link StorableUrl#keyOf}), and its one-line error. */
  record BadEntry(String key, String error) {}

  /**
   * The events and mentions exports a lastupdate.txt names, events first (mentions need their ids). An
   * entry naming one whose URL we may not store ({@link StorableUrl}: too long, or with a control
   * character) or that is not a URL is a bad entry: left out, with its one-line error.
   */
  static Listed exportsNamed(URI base, byte[] body) {
    List<URI> events = new ArrayList<>();
    List<URI> mentions = new ArrayList<>();
    List<BadEntry> bad = new ArrayList<>();
    for (String line : new String(body, StandardCharsets.UTF_8).split("\\R")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 3) {
        continue;
      }
      String name = f[2].toLowerCase(Locale.ROOT);
      boolean event = name.contains(".export.");
      if (!event && !name.contains(".mentions.")) {
        continue;
      }
      Optional<String> problem = StorableUrl.problem(f[2]);
      URI uri = null;
      if (problem.isEmpty()) {
        try {
          uri = base.resolve(f[2]);
          problem = StorableUrl.problem(uri.toString());
        } catch (IllegalArgumentException e) {
          problem = Optional.of("not a URL");
        }
      }
      if (problem.isPresent()) {
        bad.add(new BadEntry(StorableUrl.keyOf(f[2]),
            StorableUrl.notRead(f[2], "export URL in lastupdate.txt", problem.get())));
      } else {
        (event ? events : mentions).add(uri);
      }
    }
    events.addAll(mentions);
    return new Listed(events, bad);
  }

  private static boolean looksLikeLastUpdate(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    return head.lines().anyMatch(l -> l.trim().split("\\s+").length == 3 && l.contains("://"));
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private record Leads(List<String> urls, List<String> events, int rows, int skipped) {}

  /** Export bodies in events-first order, read into leads. */
  private static final class Bodies {
    final List<String> names = new ArrayList<>();
    final List<byte[]> contents = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    void add(String name, byte[] body) {
      names.add(name);
      contents.add(body);
    }

    Leads leads(GdeltLeads reader, long maxInflated, Set<String> known) {
      Set<String> urls = new LinkedHashSet<>();
      Set<String> eventIds = new LinkedHashSet<>(known);
      Set<String> read = new LinkedHashSet<>();
      int rows = 0;
      int skipped = 0;
      for (int i = 0; i < names.size(); i++) {
        try {
          GdeltLeads.Leads l = GdeltExport.read(names.get(i), new ByteArrayInputStream(contents.get(i)),
              maxInflated, reader, eventIds);
          if (l.rows() > 0 && l.skipped() == l.rows()) {
            errors.add(SecretUrls.redact(names.get(i)) + ": not a GDELT 2.0 export: none of its " + l.rows()
                + " row(s) has enough tab-separated columns");
          }
          if (!GdeltExport.isMentions(names.get(i))) {
            eventIds.addAll(l.eventIds());
            read.addAll(l.eventIds());
          }
          urls.addAll(l.urls());
          rows += l.rows();
          skipped += l.skipped();
        } catch (IOException e) {
          errors.add(OneLine.of(SecretUrls.redact(e.getMessage())));
        } catch (RuntimeException e) {
          errors.add(OneLine.of(SecretUrls.redact(names.get(i) + ": " + e)));
        }
      }
      return new Leads(new ArrayList<>(urls), new ArrayList<>(read), rows, skipped);
    }
  }

  /**
   * A poll of {@code source} that failed with {@code error}: its failures in a row counted, and its
   * next poll put off by the backoff, as for a feed. For a caller whose own part of the poll failed
   * unexpectedly, so that the source is backed off all the same.
   */
  public Poll failed(SourceState source, String error) {
    int failures = source.failures() + 1;
    String reason = OneLine.of(error);
    return new Poll(next(source, source.etag(), source.lastModified(), failures, reason), List.of(), List.of(),
        List.of(), 0, 0, List.of(SecretUrls.redact(source.url() + ": " + reason)));
  }

  private SourceState next(SourceState s, String etag, String lastModified, int failures, String status) {
    Instant at = clock.instant().plus(backoff.after(failures));
    return s.polled(etag, lastModified, failures, at, status);
  }
}
