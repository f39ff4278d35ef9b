package org.marsad.core.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Quarantined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into {@link Document}s, quarantining what it cannot take in; the entry point of this package.
 *
 * <p>For each file (a directory is walked recursively, sorted by path, hidden entries skipped): the size is
 * checked against {@link IngestConfig#maxFileBytes()}; in JSON Lines, lines holding a NUL byte are quarantined
 * alone ({@link NulLines}); the bytes are decoded (strict UTF-8, else UTF-8 and windows-1252 sequence by
 * sequence, logged as a warning, else refused as binary: {@link TextDecoder}); the text is normalised (line
 * endings, NFC, U+FFFD kept); a reader is chosen by extension and content (seed format, plain text, HTML, JSON
 * Lines) and reads it. WARC files ({@code .warc}, {@code .warc.gz}) are streamed record by record instead
 * ({@link WarcInput}), not read whole, and are the one compressed input accepted. Every failure (unreadable,
 * empty, too large, binary, bad date header, date before
 * {@link IngestConfig#earliestPublished()} or after today by the clock, unsupported type, a bad JSON line)
 * becomes a {@link Quarantined} with stage {@code ingest}, a one-line reason and the raw bytes; the rest goes
 * on. Ingest never throws for bad input.
 *
 * <p>Memory: a file is read whole (at most {@link IngestConfig#maxFileBytes()}); {@link #ingestEach} hands on
 * each file's documents (JSON Lines: every 10,000 lines) before reading on, so a caller that stores and drops
 * them needs a bounded heap whatever the number of files: 256 MiB suffice for any input, tested in a child JVM
 * by {@code LargeInputsMemoryTest}. {@link #ingest(Path)} collects everything and is for small inputs.
 *
 * <p>Needs: an {@link IngestConfig} and a {@link Clock} (what "the future" means). Gives: {@link IngestResult}.
 * Thread-safety: immutable; {@link #ingest} may be called from several threads at once.
 */
public final class Ingestor {

  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  private final IngestConfig config;
  private final FileLoader loader;
  private final ReaderChoice readers;
  private final WarcInput warc;

  /** An ingestor with these settings and this clock. */
  public Ingestor(IngestConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    DateWindow window = new DateWindow(config.earliestPublished(), clock, config.futureToleranceDays());
    this.loader = new FileLoader(config.maxFileBytes(), config.quarantineKeepBytes());
    HtmlReader html = new HtmlReader(window, config.maxHtmlBytes());
    this.readers = new ReaderChoice(new SeedFormatReader(window), new PlainTextReader(), html,
        new JsonLinesReader(window));
    this.warc = new WarcInput(html, config.maxHtmlBytes(), config.quarantineKeepBytes());
  }

  /** An ingestor with {@link IngestConfig#defaults()} and this clock. */
  public Ingestor(Clock clock) {
    this(IngestConfig.defaults(), clock);
  }

  /**
   * Ingests a file, or every file under a directory (recursively, sorted by path, hidden entries skipped).
   *
   * @param path a file or directory; a missing path is quarantined, not thrown
   * @return the documents read and the items quarantined, in path order
   */
  public IngestResult ingest(Path path) {
    List<Document> documents = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    ingestEach(path, one -> {
      documents.addAll(one.documents());
      quarantined.addAll(one.quarantined());
    });
    return new IngestResult(documents, quarantined);
  }

  /**
   * Ingests a file, or every file under a directory, handing each file's result to {@code sink} before the
   * next file is read, so that memory holds one file's documents at a time whatever the number of files.
   *
   * @param path a file or directory; a missing path is quarantined, not thrown
   * @param sink receives one result per file (per unreadable entry), in path order
   */
  public void ingestEach(Path path, Consumer<IngestResult> sink) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");
    for (SourceFiles.Entry entry : SourceFiles.under(path)) {
      String source = entry.path().toString();
      if (entry.problem() != null) {
        sink.accept(IngestResult.of(Quarantine.of(source, entry.problem(), new byte[0])));
        continue;
      }
      if (WarcInput.claims(entry.path())) {
        warc.read(entry.path(), sink); // streamed record by record, whatever the file's size
        continue;
      }
      switch (loader.load(entry.path())) {
        case Loaded.Bytes bytes -> ingest(source, bytes.content(), sink);
        case Loaded.Refused refused -> sink.accept(IngestResult.of(Quarantine.of(source, refused.reason(), refused.kept())));
      }
    }
  }

  /**
   * Ingests content already in memory (a fetched page, an archive record) as if read from a file named
   * {@code source}: its extension, if any, chooses the reader.
   *
   * @param source file name or URL, used for the reader choice and as the documents' source
   * @param content the raw bytes (not modified)
   * @return the documents read and the items quarantined
   */
  public IngestResult ingest(String source, byte[] content) {
    List<Document> documents = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    ingest(source, content, one -> {
      documents.addAll(one.documents());
      quarantined.addAll(one.quarantined());
    });
    return new IngestResult(documents, quarantined);
  }

  private void ingest(String source, byte[] content, Consumer<IngestResult> sink) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      sink.accept(refuse(source, "empty file (0 bytes)", content));
    } else if (content.length > config.maxFileBytes()) {
      sink.accept(refuse(source, "content is " + content.length + " bytes, over the bound of "
          + config.maxFileBytes() + " bytes; quarantine keeps only the first " + config.quarantineKeepBytes()
          + " bytes", Arrays.copyOf(content, config.quarantineKeepBytes())));
    } else {
      if (ReaderChoice.namesJsonLines(source)) {
        Optional<NulLines.Lifted> lifted = NulLines.lift(source, content);
        if (lifted.isPresent()) {
          sink.accept(new IngestResult(List.of(), lifted.get().quarantined()));
          content = lifted.get().content();
        }
      }
      switch (TextDecoder.decode(content)) {
        case Decoded.Refused refused -> sink.accept(refuse(source, refused.reason(), content));
        case Decoded.Text text -> read(source, content, text, sink);
      }
    }
  }

  private void read(String source, byte[] content, Decoded.Text decoded, Consumer<IngestResult> sink) {
    if (decoded.fallback()) {
      LOG.warn("{}: not valid UTF-8, decoded as {}", source, decoded.charset());
    }
    SourceText input = new SourceText(source, content, TextNormaliser.normalise(decoded.text()));
    boolean[] gave = {false};
    try {
      readers.choose(source, input.text()).read(input, one -> {
        gave[0] = true;
        sink.accept(one);
      });
    } catch (RuntimeException | StackOverflowError e) {
      // Readers promise not to throw; this keeps a batch alive if one breaks that promise.
      LOG.error("{}: reader failed", source, e);
      sink.accept(refuse(source, "reader failed" + (gave[0] ? " part-way" : "") + ": "
          + e.getClass().getSimpleName() + ": " + e.getMessage(), content));
    }
  }

  private static IngestResult refuse(String source, String reason, byte[] content) {
    return IngestResult.of(Quarantine.of(source, reason, content));
  }
}
