package org.marsad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;

/** The report of synthetic snapshots: contents, counts, escaping and byte-identical output. */
class ReportsTest {

  @TempDir Path dir;

  Snapshot snapshot(List<ReportEvent> events, String period) throws Exception {
    return new SnapshotFiles(dir, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC))
        .freeze(events, Period.parse(period), false);
  }

  @Test
  void html_sameSnapshotReadBack_isByteIdentical() throws Exception {
    Snapshot s = snapshot(new SyntheticEvents(3).generate(120, 2023), "2023");
    Snapshot read = new SnapshotFiles(dir, Clock.systemUTC()).read(s.id());

    assertThat(Reports.html(read)).isEqualTo(Reports.html(s));
  }

  @Test
  void pdf_sameSnapshot_isByteIdentical() throws Exception {
    Snapshot s = snapshot(new SyntheticEvents(4).generate(30, 2023), "2023");
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Reports.pdf(s, a);
    Reports.pdf(s, b);

    assertThat(a.size()).isGreaterThan(10_000);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }

  @Test
  void html_year_hasEveryChapterTheCountsAndEveryIncidentInTheAnnex() throws Exception {
    List<ReportEvent> events = new SyntheticEvents(5).generate(200, 2023);
    long incidents = events.stream().filter(e -> e.isIncident() && e.date().getYear() == 2023).count();
    long responses = events.stream().filter(e -> !e.isIncident() && e.date().getYear() == 2023).count();

    String html = Reports.html(snapshot(events, "2023"));

    for (String heading : List.of("1. Trends", "2. Manifestations by region and country", "3. Positive developments",
        "4. Responses", "5. Action plan of Human Rights Council resolution 16/18", "6. Accountability", "7. Annex")) {
      assertThat(html).contains("<h2>" + heading + "</h2>");
    }
    assertThat(html).contains("<th>Incidents</th><td>" + incidents + "</td>");
    assertThat(html).contains("A. Incidents (" + incidents + ")").contains("B. Responses (" + responses + ")");
    assertThat(count(html, "<table class=\"annex incidents\">.*?</table>", "<tr><td>")).isEqualTo(incidents);
    assertThat(html).contains("Annual report on Islamophobia 2023").contains("class=\"world-map\"");
    // the synthetic data peak in July
    assertThat(html).containsPattern("<li>July?: \\d+ incidents");
  }

  @Test
  void html_monthlyBulletin_comparesWithTheMonthBeforeAndCountsOnlyItsIncidents() throws Exception {
    List<ReportEvent> events = new ArrayList<>();
    events.add(incident("E1", LocalDate.of(2023, 6, 30), "desecration", "SE"));
    events.add(incident("E2", LocalDate.of(2023, 7, 2), "desecration", "SE"));
    events.add(incident("E3", LocalDate.of(2023, 7, 20), "physical_assault", "FR"));

    String html = Reports.html(snapshot(events, "2023-07"));

    assertThat(html).contains("Monthly bulletin on Islamophobia, July 2023");
    assertThat(html).contains("2 incidents were recorded in July 2023: +100% against June 2023 (1 incidents).");
    assertThat(html).contains("Europe: 2 incidents").contains("Incidents by day");
  }

  @Test
  void html_responseLinkedToIncident_showsDaysToFirstResponseAndUnansweredIncidents() throws Exception {
    ReportEvent burning = incident("E1", LocalDate.of(2023, 6, 28), "desecration", "SE");
    ReportEvent other = incident("E2", LocalDate.of(2023, 7, 3), "hate_speech", "DK");
    ReportEvent condemnation = new ReportEvent("E3", "response", "condemnation", LocalDate.of(2023, 7, 2), null,
        "Jeddah", "SA", 21.5, 39.2, "The OIC condemned the burning of the Quran in Stockholm.", "verified",
        List.of(new ReportActor("Hissein Brahim Taha", "PERSON", "agent", "Secretary-General", "")),
        List.of(new ReportSource("d3", "OIC condemns", "oic-oci.org", "https://example.org/3", LocalDate.of(2023, 7, 2), "")),
        List.of("E1"));

    String html = Reports.html(snapshot(List.of(burning, other, condemnation), "2023"));

    assertThat(html).contains("1 of 2 incidents drew at least one response. Days from incident to first response: median 4");
    assertThat(html).contains("Condemnation — Hissein Brahim Taha (Secretary-General) (2 July 2023)");
    assertThat(html).contains("Incidents that drew no response (1)");
  }

  @Test
  void html_textFromSources_isEscapedAndArabicKept() throws Exception {
    ReportEvent e = new ReportEvent("E1", "incident", "hate_speech", LocalDate.of(2023, 3, 1), null, "Paris", "FR",
        48.85, 2.35, "A post said <script>alert(1)</script> & worse.", "verified",
        List.of(new ReportActor("عبد الله", "PERSON", "target", "", "")),
        List.of(new ReportSource("d1", "Title \"quoted\"", "src", "https://example.org/a?b=1&c=2", null, "")),
        List.of());

    String html = Reports.html(snapshot(List.of(e), "2023"));

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; worse.");
    assertThat(html).contains("https://example.org/a?b=1&amp;c=2").contains("Title &quot;quoted&quot;");
  }

  static ReportEvent incident(String id, LocalDate date, String type, String country) {
    return new ReportEvent(id, "incident", type, date, null, "", country, null, null, "Incident " + id + ".",
        "verified", List.of(), List.of(new ReportSource("doc-" + id, "News " + id, "test", "", date, "")), List.of());
  }

  static long count(String html, String region, String marker) {
    Matcher m = Pattern.compile(region, Pattern.DOTALL).matcher(html);
    if (!m.find()) {
      return -1;
    }
    return m.group().split(Pattern.quote(marker), -1).length - 1;
  }
}
