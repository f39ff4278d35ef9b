package org.marsad.core.ingest;

import org.marsad.core.domain.Document;

/**
 * Reads plain text with no header: the whole text, stripped of surrounding white space, is the body; the
 * publication date is unknown (null), title, URL and author are empty. Text with nothing but white space is
 * quarantined.
 *
 * <p>Needs: nothing. Gives: one document or one quarantined item. Thread-safety: stateless.
 */
final class PlainTextReader implements DocumentReader {

  @Override
  public IngestResult read(SourceText input) {
    String body = TextNormaliser.stripped(input.text());
    if (body.isEmpty()) {
      return IngestResult.of(Quarantine.of(input.source(), "no text (only white space)", input.raw()));
    }
    return IngestResult.of(new Document(DocumentId.of(body, null, ""), input.source(), "", "", null, "", "", body));
  }
}
