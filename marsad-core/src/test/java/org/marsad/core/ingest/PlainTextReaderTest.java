package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void read_text_hasNoDateTitleOrAuthor() {
    IngestResult result = reader.read(SourceText.of("n.txt", "\n  A mosque was vandalised.\n\nMore.\n"));
    Document doc = result.documents().get(0);
    assertThat(doc.text()).isEqualTo("A mosque was vandalised.\n\nMore.");
    assertThat(doc.published()).isNull();
    assertThat(doc.title()).isEmpty();
    assertThat(doc.author()).isEmpty();
    assertThat(doc.source()).isEqualTo("n.txt");
    assertThat(doc.id()).isEqualTo(DocumentId.of(doc.text(), null, ""));
  }

  @Test
  void read_onlyWhiteSpace_isQuarantined() {
    IngestResult result = reader.read(SourceText.of("n.txt", " \n\t\n"));
    assertThat(result.documents()).isEmpty();
    assertThat(result.quarantined().get(0).reason()).isEqualTo("no text (only white space)");
  }
}
