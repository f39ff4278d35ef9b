package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Property
  void esc_anyString_hasNoMarkupCharactersAndRoundTrips(@ForAll String s) {
    String e = Html.esc(s);
    assertThat(e).doesNotContain("<").doesNotContain(">").doesNotContain("\"").doesNotContain("'");
    assertThat(EventPageTest.unescape(e)).isEqualTo(s);
  }

  @Test
  void externalLink_javascriptUrl_isNotALink() {
    assertThat(Html.externalLink("javascript:alert(1)", "x")).isEqualTo("x");
    assertThat(Html.externalLink("https://example.org/?a=\"b\"", "<t>"))
        .isEqualTo("<a rel=\"noopener noreferrer\" href=\"https://example.org/?a=&quot;b&quot;\">&lt;t&gt;</a>");
  }

  @Test
  void safeNext_otherSites_goHome() {
    assertThat(PageRoutes.safeNext("/review?kind=response")).isEqualTo("/review?kind=response");
    assertThat(PageRoutes.safeNext("//evil.example")).isEqualTo("/");
    assertThat(PageRoutes.safeNext("https://evil.example")).isEqualTo("/");
    assertThat(PageRoutes.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(PageRoutes.safeNext(null)).isEqualTo("/");
  }

  @Test
  void csvField_quotesAndDefusesFormulas() {
    assertThat(Exports.csvField("plain")).isEqualTo("plain");
    assertThat(Exports.csvField("a,b")).isEqualTo("\"a,b\"");
    assertThat(Exports.csvField("say \"hi\"\nnow")).isEqualTo("\"say \"\"hi\"\"\nnow\"");
    assertThat(Exports.csvField("=1+2")).isEqualTo("'=1+2");
    assertThat(Exports.csvField(-71.2)).isEqualTo("-71.2");
    assertThat(Exports.csvField(null)).isEmpty();
  }
}
