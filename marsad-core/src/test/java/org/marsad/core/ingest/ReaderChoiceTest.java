package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderChoiceTest {

  private final DocumentReader seed = new SeedFormatReader(TestInputs.WINDOW);
  private final DocumentReader plain = new PlainTextReader();
  private final DocumentReader html = new HtmlReader(TestInputs.WINDOW, 1 << 20);
  private final DocumentReader jsonl = new JsonLinesReader(TestInputs.WINDOW);
  private final ReaderChoice choice = new ReaderChoice(seed, plain, html, jsonl);

  @Test
  void choose_textExtensions_seedWhenHeaderElsePlain() {
    assertThat(choice.choose("a.txt", " date 2020-01-01\n\nx")).isSameAs(seed);
    assertThat(choice.choose("a.TXT", "date 2023-13-45\n\nx")).isSameAs(seed);
    assertThat(choice.choose("a.md", "# Title\n\nx")).isSameAs(plain);
    assertThat(choice.choose("a.text", "x")).isSameAs(plain);
  }

  @Test
  void choose_htmlAndJsonLinesExtensions_byExtension() {
    assertThat(choice.choose("dir/a.html", "plain words")).isSameAs(html);
    assertThat(choice.choose("a.htm", "")).isSameAs(html);
    assertThat(choice.choose("a.jsonl", "x")).isSameAs(jsonl);
    assertThat(choice.choose("a.ndjson", "x")).isSameAs(jsonl);
  }

  @Test
  void choose_unknownExtension_sniffsContent() {
    assertThat(choice.choose("a", "date 2020-01-01\n\nx")).isSameAs(seed);
    assertThat(choice.choose("https://e.org/news?id=1", "<!-- c --><!DOCTYPE html><p>x")).isSameAs(html);
    assertThat(choice.choose("a.dat", "  {\"text\":\"x\"}\n{}")).isSameAs(jsonl);
  }

  @Test
  void choose_unrecognised_refusesWithReason() {
    IngestResult result = choice.choose("a.csv", "a,b\n1,2").read(SourceText.of("a.csv", "a,b\n1,2"));
    assertThat(result.quarantined().get(0).reason()).isEqualTo(
        "unsupported file type (extension '.csv') and the content is not the seed format, HTML or JSON Lines");
  }

  @Test
  void extension_variousSources() {
    assertThat(ReaderChoice.extension("/x.y/z")).isEmpty();
    assertThat(ReaderChoice.extension(".hidden")).isEmpty();
    assertThat(ReaderChoice.extension("a.b.HTML")).isEqualTo("html");
    assertThat(ReaderChoice.extension("https://e.org/a.htm?x=1.txt#f")).isEqualTo("htm");
    assertThat(ReaderChoice.extension("C:\\news\\a.jsonl")).isEqualTo("jsonl");
  }
}
