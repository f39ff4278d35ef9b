package org.marsad.core.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads GDELT 2.0 event and mention exports (tab-separated, no header) for leads: an event with
 * an actor (Actor1Religion1/2 or Actor2Religion1/2) of one of the typology pack's CAMEO religion
 * codes ({@link GdeltReligionCodes}; the default pack's are the Muslim ones, {@code MOS},
 * {@code SUN}, {@code SHI}, {@code SFI}, {@code ALE}) is a lead whose article URLs (the event's
 * SOURCEURL, and the mentions of that event) are queued to fetch. A GDELT event is never a record:
 * GDELT is machine-coded, and only the article, read by our own pipeline, can yield one. Malformed
 * rows are counted and skipped: too few columns, longer than {@link #MAX_ROW_CHARS} (read past
 * without being held), an event id that is not a number, or a URL we may not store (with control
 * characters or over {@link StorableUrl#MAX_CHARS}: {@link StorableUrl}). Needs the religion codes;
 * immutable and thread-safe.
 */
public final class GdeltLeads {

  /** Columns of the GDELT 2.0 event export (61) and mentions export (16). */
  static final int EVENT_COLUMNS = 61;
  static final int MENTION_COLUMNS = 16;
  private static final int[] RELIGION_COLUMNS = {10, 11, 20, 21};
  private static final int SOURCE_URL = 60;
  private static final int MENTION_URL = 5;
  /** Characters of a row at most: GDELT 2.0 rows are well under 4 KB. */
  static final int MAX_ROW_CHARS = 16 * 1024;
  private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,20}");

  /**
   * What an export gave.
   *
   * @param eventIds the lead events' GLOBALEVENTIDs, in file order
   * @param urls the article URLs to fetch, in file order, each once
   * @param rows rows read
   * @param skipped malformed rows (too few columns, too long, a bad event id or URL)
   */
  public record Leads(List<String> eventIds, List<String> urls, int rows, int skipped) {
    public Leads {
      eventIds = List.copyOf(eventIds);
      urls = List.copyOf(urls);
    }
  }

  private final GdeltReligionCodes religions;

  /** Leads of events with an actor of one of {@code religions}. */
  public GdeltLeads(GdeltReligionCodes religions) {
    this.religions = Objects.requireNonNull(religions, "religions");
  }

  private static final class Holder {
    static final GdeltLeads DEFAULT = new GdeltLeads(GdeltReligionCodes.defaults());
  }

  /** Leads by the default typology pack's religion codes. */
  public static GdeltLeads defaults() {
    return Holder.DEFAULT;
  }

  /** The religion codes whose events are leads. */
  public GdeltReligionCodes religions() {
    return religions;
  }

  /** The leads of an event export. */
  public Leads events(Reader in) throws IOException {
    return scan(in, EVENT_COLUMNS, c -> ofReligion(c) ? new Lead(c[0].trim(), fetchable(c[SOURCE_URL])) : null,
        SOURCE_URL);
  }

  /** The article URLs of a mentions export that mention one of {@code eventIds} (whatever the religion codes). */
  public static Leads mentions(Reader in, Set<String> eventIds) throws IOException {
    Set<String> wanted = Set.copyOf(eventIds);
    return scan(in, MENTION_COLUMNS, c -> {
      String id = c[0].trim();
      String url = fetchable(c[MENTION_URL]);
      return wanted.contains(id) && url != null ? new Lead(id, url) : null;
    }, MENTION_URL);
  }

  /** A row's lead: its event id, and its article URL, null when there is none to fetch. */
  private record Lead(String eventId, String url) {}

  /** Reads the rows of an export, counting rows and malformed rows, and collects their leads. */
  private static Leads scan(Reader in, int columns, Function<String[], Lead> leadOf, int urlColumn)
      throws IOException {
    List<String> ids = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    int rows = 0;
    int skipped = 0;
    BoundedLines r = new BoundedLines(in, MAX_ROW_CHARS);
    while (r.next()) {
      if (r.tooLong()) {
        rows++;
        skipped++;
        continue;
      }
      String line = r.line();
      if (line.isBlank()) {
        continue;
      }
      rows++;
      String[] c = line.split("\t", columns + 1);
      if (c.length < columns || !wellFormed(c[0], c[urlColumn])) {
        skipped++;
        continue;
      }
      Lead lead = leadOf.apply(c);
      if (lead != null) {
        ids.add(lead.eventId());
        if (lead.url() != null) {
          urls.add(lead.url());
        }
      }
    }
    return new Leads(ids, new ArrayList<>(urls), rows, skipped);
  }

  private boolean ofReligion(String[] row) {
    for (int k : RELIGION_COLUMNS) {
      if (religions.contains(row[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row's event id is a number and its URL one we may store. */
  private static boolean wellFormed(String eventId, String url) {
    return EVENT_ID.matcher(eventId.trim()).matches() && StorableUrl.problem(url).isEmpty();
  }

  /** The URL trimmed when it is http or https, else null. */
  private static String fetchable(String raw) {
    String url = raw.trim();
    return url.startsWith("http://") || url.startsWith("https://") ? url : null;
  }
}
