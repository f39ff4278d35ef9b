package org.marsad.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Assembles the report as one HTML5 document: cover (title, period, snapshot id and time, what is
 * counted), contents, the seven chapters, with the print style sheet {@code report.css} inlined.
 * Deterministic: the same snapshot gives the same text. Stateless.
 */
final class ReportHtml {

  static final List<String> CHAPTERS = List.of("trends", "regions", "positive", "responses", "action-plan",
      "accountability", "annex");

  private ReportHtml() {}

  static String render(ReportData d) {
    ReportText t = d.text;
    Html h = new Html();
    String title = title(d);
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(t.locale().toLanguageTag()).raw("\"><head><meta charset=\"utf-8\"/>")
        .raw("<title>").text(title).raw("</title><style>\n").raw(css()).raw("</style></head><body>\n");
    h.raw("<section class=\"cover\">\n<p class=\"org\">").text(t.get("cover.org")).raw("</p>\n<h1>").text(title)
        .raw("</h1>\n<p class=\"subtitle\">").text(t.get("cover.subtitle")).raw("</p>\n");
    h.raw("<table class=\"facts\"><tbody>\n");
    fact(h, t.get("cover.period"), d.day(d.period.from()) + " – " + d.day(d.period.to()));
    fact(h, t.get("cover.counted"), t.get(d.snapshot.verifiedOnly() ? "cover.verified" : "cover.all"));
    fact(h, t.get("cover.incidents"), Integer.toString(d.incidents.size()));
    fact(h, t.get("cover.responses"), Integer.toString(d.responses.size()));
    fact(h, t.get("cover.sources"), Integer.toString(d.citations.sources().size()));
    fact(h, t.get("cover.snapshot"), d.snapshot.id());
    fact(h, t.get("cover.taken"), d.snapshot.takenAt().toString());
    h.raw("</tbody></table>\n<p class=\"method\">").text(t.get("cover.method")).raw("</p>\n");
    h.raw("<nav class=\"toc\"><h2>").text(t.get("toc.title")).raw("</h2><ol>\n");
    for (int i = 0; i < CHAPTERS.size(); i++) {
      h.raw("<li><a href=\"#").raw(CHAPTERS.get(i)).raw("\">").text(t.get("ch" + (i + 1) + ".title")).raw("</a></li>\n");
    }
    h.raw("</ol></nav>\n</section>\n");
    TrendsChapter.write(h, d);
    RegionsChapter.write(h, d);
    PositiveChapter.write(h, d);
    ResponsesChapter.write(h, d);
    ActionPlanChapter.write(h, d);
    AccountabilityChapter.write(h, d);
    AnnexChapter.write(h, d);
    h.raw("</body></html>\n");
    return h.toString();
  }

  static String title(ReportData d) {
    return switch (d.period.kind()) {
      case YEAR -> d.text.get("title.year", d.name(d.period));
      case MONTH -> d.text.get("title.month", d.name(d.period));
      case RANGE -> d.text.get("title.range", d.name(d.period));
    };
  }

  private static void fact(Html h, String label, String value) {
    h.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
  }

  private static String css() {
    try (InputStream in = ReportHtml.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("resource missing: report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
