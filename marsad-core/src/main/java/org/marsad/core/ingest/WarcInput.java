package org.marsad.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WARC file (plain, or gzip-compressed record by record as Common Crawl News publishes them) with
 * jwarc, streaming: one record at a time, each page handed on before the next is read, so memory does not
 * grow with the file.
 *
 * <p>Every {@code response} record with a 2xx HTTP status and an HTML payload becomes a document through the
 * HTML reader: the page's own URL and date first, else the record's target URI and capture date. Records of
 * other types (warcinfo, request, metadata…) and responses that are not 2xx (redirects, errors) are not
 * articles and are only counted. Quarantined, each with a one-line reason: a response that is not HTML, a
 * payload over {@code maxRecordBytes} once decompressed (gzip bombs stop there), a record the crawler marked
 * truncated, and a record that cannot be parsed. A record that breaks the file's framing (malformed headers, a
 * truncated file) ends the reading of that file: the documents before it are kept, the break is quarantined.
 *
 * <p>Needs: the HTML reader and the size bounds. Gives: results through a sink. Thread-safety: immutable.
 */
final class WarcInput {

  private static final Logger LOG = LoggerFactory.getLogger(WarcInput.class);
  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  private final HtmlReader html;
  private final int maxRecordBytes;
  private final int keepBytes;

  WarcInput(HtmlReader html, int maxRecordBytes, int keepBytes) {
    this.html = Objects.requireNonNull(html, "html");
    this.maxRecordBytes = maxRecordBytes;
    this.keepBytes = keepBytes;
  }

  /** Whether {@code path} names a WARC file ({@code .warc} or {@code .warc.gz}). */
  static boolean claims(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /** Reads {@code file}, handing each record's document or quarantined item to {@code sink}. */
  void read(Path file, Consumer<IngestResult> sink) {
    String name = file.toString();
    long records = 0;
    long skipped = 0;
    try {
      if (java.nio.file.Files.size(file) == 0) {
        sink.accept(refuse(name, "empty file (0 bytes)"));
        return;
      }
    } catch (IOException e) {
      sink.accept(refuse(name, "cannot read the WARC file: " + message(e)));
      return;
    }
    try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(refuse(name + "@" + offset, "malformed or truncated WARC record at byte " + offset
              + " after " + records + " records (" + message(e) + "); the rest of the file is not read"));
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        if (!(next.get() instanceof WarcResponse response)) {
          skipped++;
          continue;
        }
        String source = name + "#" + response.target();
        try {
          skipped += readResponse(response, source, sink) ? 0 : 1;
        } catch (IOException | RuntimeException e) {
          sink.accept(refuse(source, "unreadable WARC response record at byte " + offset + ": " + message(e)));
        }
      }
    } catch (IOException e) {
      sink.accept(refuse(name, "cannot read the WARC file: " + message(e)));
    }
    LOG.info("{}: {} WARC records, {} neither articles nor faults (requests, metadata, redirects)", name, records,
        skipped);
  }

  /** Reads one response; false when it is no article and no fault (a redirect, an error page). */
  private boolean readResponse(WarcResponse response, String source, Consumer<IngestResult> sink)
      throws IOException {
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      return false;
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!HTML.contains(base)) {
      sink.accept(refuse(source, "WARC response is not HTML (" + (base.isEmpty() ? "no content type" : base)
          + "): not an article"));
      return true;
    }
    if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      sink.accept(refuse(source, "WARC response truncated by the crawler (" + response.truncated() + ")"));
      return true;
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(maxRecordBytes + 1);
    }
    if (body.length > maxRecordBytes) {
      sink.accept(IngestResult.of(Quarantine.of(source, "WARC payload over " + maxRecordBytes
          + " bytes once decompressed; quarantine keeps the first " + keepBytes, Arrays.copyOf(body, keepBytes))));
      return true;
    }
    if (body.length == 0) {
      sink.accept(refuse(source, "empty WARC payload"));
      return true;
    }
    LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
    switch (TextDecoder.decode(body)) {
      case Decoded.Refused refused -> sink.accept(IngestResult.of(Quarantine.of(source, refused.reason(), body)));
      case Decoded.Text text -> sink.accept(html.read(new SourceText(source, body,
          TextNormaliser.normalise(text.text())), response.target(), captured));
    }
    return true;
  }

  private static IngestResult refuse(String source, String reason) {
    return IngestResult.of(Quarantine.of(source, reason, new byte[0]));
  }

  /** The exception's class and message, printable only: jwarc quotes the bytes it could not parse. */
  private static String message(Exception e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int here = m.indexOf(" <-- HERE");
    m = (here < 0 ? m : m.substring(0, here)).replaceAll("[^\\p{Print}]", "?");
    return e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
  }
}
