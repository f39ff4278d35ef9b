package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.core.source.GdeltRows.event;
import static org.marsad.core.source.GdeltRows.mention;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GdeltLeadsTest {

  @Test
  void events_actorOfAMuslimReligionCode_isALeadWithItsUrl() throws Exception {
    String export = String.join("\n",
        event("1", "", "MOS", "https://news.example/quran-burning"),
        event("2", "CHR", "", "https://news.example/church"),
        event("3", "SHI", "", "https://news.example/shia"),
        event("4", "SUN", "", "https://news.example/shia"),
        "1\tshort\trow",
        "");
    GdeltLeads.Leads leads = GdeltLeads.defaults().events(new StringReader(export));
    assertThat(leads.eventIds()).containsExactly("1", "3", "4");
    assertThat(leads.urls()).containsExactly("https://news.example/quran-burning", "https://news.example/shia");
    assertThat(leads.rows()).isEqualTo(5);
    assertThat(leads.skipped()).isEqualTo(1);
  }

  @Test
  void events_packWithAnotherReligionCode_leadsOfThatCodeAndNotOfTheMuslimOnes() throws Exception {
    String export = String.join("\n",
        event("1", "", "MOS", "https://news.example/quran-burning"),
        event("2", "CHR", "", "https://news.example/church-arson"),
        event("3", "SUN", "CHR", "https://news.example/both"),
        event("4", "CTH", "", "https://news.example/catholic"));
    String pack = "{\"id\": \"religion-christians\", \"gdelt_religion_codes\": [\"CHR\"]}";
    GdeltLeads christians = new GdeltLeads(GdeltReligionCodes.of(
        new ByteArrayInputStream(pack.getBytes(StandardCharsets.UTF_8)), "religion-christians.json"));
    GdeltLeads.Leads leads = christians.events(new StringReader(export));
    assertThat(leads.eventIds()).containsExactly("2", "3");
    assertThat(leads.urls()).containsExactly("https://news.example/church-arson", "https://news.example/both");
    assertThat(GdeltLeads.defaults().events(new StringReader(export)).eventIds()).containsExactly("1", "3");
  }

  @Test
  void mentions_ofLeadEvents_addTheirArticles() throws Exception {
    String export = String.join("\n", mention("1", "https://other.example/a"), mention("2", "https://x.example/b"),
        mention("1", "not a url"));
    GdeltLeads.Leads leads = GdeltLeads.mentions(new StringReader(export), Set.of("1"));
    assertThat(leads.urls()).containsExactly("https://other.example/a");
  }

  @Test
  void events_rowsWithABadIdOrUrl_skippedAndCounted() throws Exception {
    String export = String.join("\n",
        event("1", "MOS", "", "https://news.example/nul\u0000here"),
        event("2", "MOS", "", "https://news.example/" + "a".repeat(StorableUrl.MAX_CHARS)),
        event("3;drop", "MOS", "", "https://news.example/bad-id"),
        event("4\u00005", "MOS", "", "https://news.example/nul-id"),
        event("6", "MOS", "", "https://news.example/good"));
    GdeltLeads.Leads leads = GdeltLeads.defaults().events(new StringReader(export));
    assertThat(leads.eventIds()).containsExactly("6");
    assertThat(leads.urls()).containsExactly("https://news.example/good");
    assertThat(leads.rows()).isEqualTo(5);
    assertThat(leads.skipped()).isEqualTo(4);

    GdeltLeads.Leads mentions = GdeltLeads.mentions(new StringReader(String.join("\n",
        mention("6", "https://other.example/\u0001x"), mention("6", "https://other.example/ok"))), Set.of("6"));
    assertThat(mentions.urls()).containsExactly("https://other.example/ok");
    assertThat(mentions.skipped()).isEqualTo(1);
  }

  @Test
  void events_rowOverTheLengthLimit_skippedAndTheNextRowRead() throws Exception {
    String export = event("1", "MOS", "", "https://news.example/long?" + "x".repeat(GdeltLeads.MAX_ROW_CHARS))
        + "\r\n" + event("2", "MOS", "", "https://news.example/short") + "\r\n";
    GdeltLeads.Leads leads = GdeltLeads.defaults().events(new StringReader(export));
    assertThat(leads.urls()).containsExactly("https://news.example/short");
    assertThat(leads.rows()).isEqualTo(2);
    assertThat(leads.skipped()).isEqualTo(1);
  }
}
