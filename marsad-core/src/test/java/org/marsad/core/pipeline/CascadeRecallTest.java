package org.marsad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;
import org.marsad.core.stage.Timed;

/**
 * The cascade against the classic pipeline (full NLP on every article): on the seeds, the
 * development set and long articles written here, where the record sentences sit far from the
 * lede among unrelated paragraphs, the cascade keeps at least 99% of the classic records. The
 * corpora of ../shared/data are measured by {@code marsad bench pipeline}. Loads CoreNLP.
 */
class CascadeRecallTest {

  private static final Pipeline CASCADE = StandardPipeline.create();
  private static final Pipeline CLASSIC = StandardPipeline.classic(new Timed.StageClock());

  private static final String FILLER = "The council approved a new budget for the library on Tuesday. Officials "
      + "said the roads would be resurfaced before winter. A local bakery won a regional prize for its bread. "
      + "The football club announced a new coach. Rain is expected for most of the weekend, forecasters said.\n\n";

  static List<Document> fixtures() {
    List<Document> out = new ArrayList<>();
    out.add(doc("Dunmore prepared for its harvest festival this week, with stalls along the high street.\n\n"
        + FILLER + FILLER
        + "On Friday night, vandals sprayed graffiti on the walls of the Al-Noor mosque in Dunmore and smashed two "
        + "of its windows. Mayor Jane Porter condemned the attack on Saturday. She said the town would not tolerate "
        + "hatred against its Muslim neighbours.\n\n" + FILLER
        + "Police arrested a 24-year-old man on Sunday in connection with the attack on the mosque.\n\n" + FILLER,
        LocalDate.of(2024, 10, 14)));
    out.add(doc("Pakistan's Foreign Minister Ishaq Dar arrived in Jeddah on Wednesday for talks.\n\n" + FILLER
        + "Dar met OIC Secretary General Hissein Brahim Taha in Jeddah on Thursday. He condemned the burning of a "
        + "copy of the Quran in Stockholm and urged member states to adopt laws against the desecration of holy "
        + "books.\n\n" + FILLER + "The two men also discussed trade and the situation in Gaza.", LocalDate.of(2024, 6, 7)));
    out.add(doc("The parish church of St Mary held its annual bake sale on Saturday.\n\n" + FILLER
        + "Volunteers said the sale raised more than 2,000 pounds for the roof fund.", LocalDate.of(2024, 5, 4)));
    return out;
  }

  private static Document doc(String text, LocalDate published) {
    return new Document(Integer.toHexString(text.hashCode()), "fixture", "", "", published, "", "", text);
  }

  private static List<Document> seeds(Path dir) throws Exception {
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(ingestor.ingest(f).documents());
      }
    }
    return out;
  }

  private static List<ExtractedRecord> records(Pipeline p, Document d) {
    return p.apply(Analysis.of(d)).get(ExtractStage.RECORDS).records();
  }

  private static RecordAgreement agreement(List<Document> docs) {
    RecordAgreement total = RecordAgreement.NONE;
    for (Document d : docs) {
      total = total.plus(RecordAgreement.of(records(CLASSIC, d), records(CASCADE, d)));
    }
    return total;
  }

  @Test
  void cascade_fixtureArticles_keepsTheClassicRecords() {
    RecordAgreement a = agreement(fixtures());
    assertThat(a.reference()).as("the fixtures yield records").isGreaterThanOrEqualTo(4);
    assertThat(a.recall()).as("share of classic records kept: " + a).isGreaterThanOrEqualTo(0.99);
    assertThat(records(CASCADE, fixtures().get(2))).isEmpty();
  }

  /**
   * Responses whose only link to hatred is a reference back to an incident ("lied about the
   * bombing", "pleaded guilty to the bombings"), in a tokenised text whose detached full stops follow
   * initials ("U . S . Ambassador"): extraction excuses them from their context vocabulary.
   */
  static List<Document> referringBack() {
    return List.of(
        doc("The Al-Huda mosque in Leeds held an open day on Saturday .\n\n" + FILLER
            + "Sudanese government spokesperson Rabie A . Atti defended the government on Sunday .\n"
            + "Susan Rice , U . S . Ambassador for the United Nations , said the Sudan government \"blatantly lied\" "
            + "about the bombing , adding that such a lie proves very disturbing .\n\n" + FILLER, LocalDate.of(2011, 11, 14)),
        doc("Some known inmates of the prison near the church :\n" + FILLER
            + "Convicted of federal crimes in Georgia : Eric Robert Rudolph , who pleaded guilty to the Centennial "
            + "Olympic Park bombings and other bombings in Atlanta .\n\n" + FILLER, LocalDate.of(2007, 12, 13)));
  }

  @Test
  void cascade_responsesReferringBackToAnIncident_areKept() {
    for (Document d : referringBack()) {
      List<ExtractedRecord> classic = records(CLASSIC, d);
      assertThat(classic).as("classic records of " + d.text().substring(0, 40)).isNotEmpty();
      assertThat(RecordAgreement.lost(classic, records(CASCADE, d))).as("lost by the cascade").isEmpty();
    }
  }

  @Test
  void cascade_seedsAndDevelopmentSet_keepEveryClassicRecordWithTheSameFields() throws Exception {
    List<Document> docs = new ArrayList<>(seeds(SharedData.dir("seeds")));
    docs.addAll(seeds(SharedData.dir("seeds/dev")));
    RecordAgreement a = agreement(docs);
    assertThat(a.reference()).isGreaterThanOrEqualTo(30);
    assertThat(a.recall()).as("share of classic records kept: " + a).isGreaterThanOrEqualTo(0.99);
    assertThat(a.identical()).as("records identical in every field: " + a).isEqualTo(a.kept());
  }
}
