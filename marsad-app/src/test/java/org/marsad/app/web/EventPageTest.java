package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.marsad.store.EventDetail;

class EventPageTest {

  static EventDetail.Quote q(int start, int end) {
    return new EventDetail.Quote(1, "record", start, end, "");
  }

  @Test
  void highlight_overlappingSpans_mergeIntoOneMark() {
    String html = EventPage.highlight("abcdefghij", List.of(q(2, 5), q(4, 7), q(8, 9)));
    assertThat(html).isEqualTo("ab<mark>cdefg</mark>h<mark>i</mark>j");
  }

  @Test
  void highlight_markupInText_isEscapedInsideAndOutsideMarks() {
    String text = "<b onclick=\"x\">bold</b> and <script>alert(1)</script>";
    String html = EventPage.highlight(text, List.of(q(text.indexOf("<script>"), text.length())));
    assertThat(html).doesNotContain("<script>").doesNotContain("<b ")
        .contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>");
  }

  @Test
  void highlight_spansOutsideTheText_areIgnored() {
    assertThat(EventPage.highlight("short", List.of(q(3, 99), q(-1, 2)))).isEqualTo("short");
  }

  @Property
  void highlight_withoutTags_givesBackTheText(@ForAll String text,
      @ForAll @IntRange(min = 0, max = 50) int a, @ForAll @IntRange(min = 0, max = 50) int b,
      @ForAll @IntRange(min = 0, max = 50) int c) {
    List<EventDetail.Quote> quotes = new ArrayList<>(List.of(q(Math.min(a, b), Math.max(a, b)), q(c, c + 3)));
    String html = EventPage.highlight(text, quotes);
    String back = html.replace("<mark>", "").replace("</mark>", "");
    assertThat(back).doesNotContain("<").doesNotContain(">");
    assertThat(unescape(back)).isEqualTo(text);
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
