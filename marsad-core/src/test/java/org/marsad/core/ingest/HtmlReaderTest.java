package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader(TestInputs.WINDOW, 8 << 20);

  private Document document(String html) {
    IngestResult result = reader.read(SourceText.of("page.html", html));
    assertThat(result.quarantined()).isEmpty();
    return result.documents().get(0);
  }

  private String refusal(String html) {
    IngestResult result = reader.read(SourceText.of("page.html", html));
    assertThat(result.documents()).isEmpty();
    return result.quarantined().get(0).reason();
  }

  @Test
  void read_scriptsStylesAndEventHandlers_yieldOnlyText() {
    Document doc = document("""
        <html><head><title>T</title><style>p { color: red }</style>
        <script>var secret = "SCRIPT";</script></head>
        <body onload="alert('ONLOAD')">
        <nav><a href="/">Home NAV</a></nav>
        <p onclick="steal('CLICK')">First <b onmouseover="x('HOVER')">bold</b> paragraph.</p>
        <img src=x onerror="alert('ERROR')">
        <noscript>NOSCRIPT</noscript><!-- COMMENT -->
        <p>Second<br>line two.</p>
        <script type="module">import('MODULE')</script>
        <form><input value="FORM"><button>BUTTON</button></form>
        <footer>FOOTER</footer>
        </body></html>
        """);
    assertThat(doc.text()).isEqualTo("First bold paragraph.\n\nSecond\nline two.");
    assertThat(doc.title()).isEqualTo("T");
  }

  @Test
  void read_article_isPreferredOverSurroundingChrome() {
    Document doc = document("""
        <body><header><h1>Site</h1></header>
        <div class="teaser">Teaser text</div>
        <aside>Related: other story</aside>
        <article><h1>Headline</h1><p>Body one.</p><div><p>Body  two,
           wrapped.</p></div><ul><li>item</li></ul></article>
        <article><p>Short.</p></article>
        </body>
        """);
    assertThat(doc.text()).isEqualTo("Headline\n\nBody one.\n\nBody two, wrapped.\n\nitem");
  }

  @Test
  void read_mainWithoutArticle_isUsed() {
    assertThat(document("<body><div>Menu</div><main><p>Main text.</p></main></body>").text())
        .isEqualTo("Main text.");
  }

  @Test
  void read_hiddenElements_areSkipped() {
    assertThat(document("<p>Seen.</p><p hidden>HIDDEN</p><p style='display: none'>NONE</p>"
        + "<p aria-hidden=true>ARIA</p>").text()).isEqualTo("Seen.");
  }

  @Test
  void read_titleOfOnlyAByteOrderMark_fallsBackToTheNextTitle() {
    Document doc = document("""
        <html><head>
        <meta property="og:title" content=" \uFEFF ">
        <title>OIC condemns Quran burning</title>
        </head><body><p>Text.</p></body></html>
        """);
    assertThat(doc.title()).isEqualTo("OIC condemns Quran burning");
  }

  @Test
  void read_articlePublishedTime_givesDateTitleUrlAuthor() {
    Document doc = document("""
        <html><head>
        <meta property="og:title" content="OIC condemns  Quran burning">
        <title>OIC condemns Quran burning | Site</title>
        <meta property="article:published_time" content="2023-08-01T09:15:00+05:00">
        <meta name="author" content="Staff Reporter">
        <link rel="canonical" href="https://example.org/oic">
        </head><body><p>Text.</p></body></html>
        """);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(doc.title()).isEqualTo("OIC condemns Quran burning");
    assertThat(doc.url()).isEqualTo("https://example.org/oic");
    assertThat(doc.author()).isEqualTo("Staff Reporter");
    assertThat(doc.id()).isEqualTo(DocumentId.of("Text.", LocalDate.of(2023, 8, 1), "OIC condemns Quran burning"));
  }

  @Test
  void read_ldJsonDatePublished_isRead() {
    Document doc = document("""
        <script type="application/ld+json">{ broken json </script>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
         {"@type":"NewsArticle","headline":"H","datePublished":"2020-11-27T10:00:00Z",
          "author":[{"@type":"Person","name":"Fahad Shabbir"}]}]}
        </script><p>Text.</p>
        """);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 11, 27));
    assertThat(doc.title()).isEqualTo("H");
    assertThat(doc.author()).isEqualTo("Fahad Shabbir");
  }

  @Test
  void read_timeDatetime_isLastResort() {
    Document doc = document("<article><time datetime='2018-03-07'>7 March</time><p>Text.</p></article>");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2018, 3, 7));
  }

  @Test
  void read_unreadableMetaDate_fallsToNextCandidate() {
    Document doc = document("<meta property='article:published_time' content='soon'>"
        + "<meta name='date' content='2015-01-13'><p>Text.</p>");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2015, 1, 13));
  }

  @Test
  void read_noDate_isNull() {
    assertThat(document("<p>Text.</p>").published()).isNull();
  }

  @Test
  void read_futureMetaDate_isQuarantined() {
    assertThat(refusal("<meta name='date' content='2999-01-01'><p>Text.</p>"))
        .isEqualTo("published date 2999-01-01 is in the future (today is 2025-06-15) (from meta date)");
  }

  @Test
  void read_noText_isQuarantined() {
    assertThat(refusal("<html><head><script>x()</script></head><body><nav>Only nav</nav></body></html>"))
        .isEqualTo("no readable text in the HTML");
  }

  @Test
  void read_overHtmlBound_isQuarantinedUnparsed() {
    HtmlReader small = new HtmlReader(TestInputs.WINDOW, 100);
    IngestResult result = small.read(SourceText.of("big.html", "<p>" + "x".repeat(200) + "</p>"));
    assertThat(result.quarantined().get(0).reason())
        .isEqualTo("HTML is 207 bytes, over the HTML bound of 100 bytes");
  }

  @Test
  void read_overTagBound_isQuarantinedUnparsed() {
    IngestResult result = reader.read(SourceText.of("tags.html", "<i>".repeat(HtmlReader.MAX_TAGS + 1)));
    assertThat(result.quarantined().get(0).reason())
        .isEqualTo("HTML has 250001 '<' characters, over the bound of 250000 tags");
  }

  @Test
  void read_hostileMarkup_finishesQuicklyWithoutThrowing() {
    // 100,000 tags: linear work takes well under a second a case; quadratic work would take minutes
    int n = 100_000;
    String[] hostile = {
      "<div>".repeat(n / 2) + "deep" + "</div>".repeat(n / 2),
      "<b><i><u><s><a href=x>".repeat(n / 5) + "formatting",
      "<table><tr><td>".repeat(n / 3) + "tables",
      "<p " + "a=b ".repeat(n) + " c" + "=d".repeat(n) + ">attributes</p>",
      "<!--" + "x".repeat(n) + " unterminated comment",
      "<article>".repeat(n) + "nested articles",
      "<nav>" + "<article>x</article>".repeat(n / 3) + "</nav><p>kept</p>",
      "<nav>" + "<article>".repeat(n) + "</nav><p>kept</p>",
      "<nav>" + "<main>".repeat(n) + "</nav><p>kept</p>",
      "<script type=application/ld+json>" + "[".repeat(n) + "</script><p>deep json</p>",
      "<svg><foreignObject><math><mi><svg>".repeat(n / 5) + "foreign",
      "&".repeat(n) + "&#x110000;&#0;&#xD800;&nbsp",
      "<p>x</p>".repeat(n / 2),
      "<time datetime=2020-01-01>".repeat(n) + "<p>many times</p>",
      "<meta name=x content=y>".repeat(n) + "<p>many metas</p>",
      "<time datetime=x>".repeat(n) + "<p>many bad times</p>",
      "<pre>".repeat(n) + "pres",
      "<select><option>".repeat(n / 2) + "sel",
      "<textarea>" + "<p>".repeat(n),
    };
    for (String html : hostile) {
      long start = System.nanoTime();
      IngestResult result = reader.read(SourceText.of("hostile.html", html));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(result.documents().size() + result.quarantined().size()).isEqualTo(1);
      assertThat(took).as(html.substring(0, 30)).isLessThan(Duration.ofSeconds(10));
    }
  }
}
