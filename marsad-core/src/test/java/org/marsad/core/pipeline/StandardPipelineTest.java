package org.marsad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.core.domain.RecordKind;
import org.marsad.core.eval.EmittedRecord;
import org.marsad.core.eval.GoldFile;
import org.marsad.core.eval.GoldScorer;
import org.marsad.core.extract.ExtractStage;
import org.marsad.core.ingest.IngestResult;
import org.marsad.core.ingest.Ingestor;
import org.marsad.core.json.RecordJson;
import org.marsad.core.lang.LanguageStage;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Pipeline;

/**
 * The whole cascade (language, relevance, CoreNLP, geocoding, extraction) on the seed articles,
 * the development set and articles written here; CoreNLP is loaded once for the class.
 */
class StandardPipelineTest {

  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static List<ExtractedRecord> extract(Document doc) {
    return PIPELINE.apply(Analysis.of(doc)).get(ExtractStage.RECORDS).records();
  }

  private static Document article(String text, LocalDate published) {
    return new Document(Integer.toHexString(text.hashCode()), "test.txt", "", "", published, "", "", text);
  }

  private static GoldScorer.Score score(Path dir) throws Exception {
    Map<String, GoldScorer.FileGold> gold = GoldFile.read(dir.resolve("gold.json"));
    Map<String, List<EmittedRecord>> emitted = new LinkedHashMap<>();
    Ingestor ingestor = new Ingestor(Clock.systemUTC());
    for (String name : gold.keySet()) {
      IngestResult read = ingestor.ingest(dir.resolve(name));
      assertThat(read.quarantined()).as(name).isEmpty();
      List<EmittedRecord> records = new ArrayList<>();
      for (Document doc : read.documents()) {
        for (ExtractedRecord r : extract(doc)) {
          assertEvidenceQuotesTheText(doc, r);
          records.add(GoldFile.emitted(RecordJson.toJson(name, r)));
        }
      }
      emitted.put(name, records);
    }
    return GoldScorer.score(gold, emitted);
  }

  private static void assertEvidenceQuotesTheText(Document doc, ExtractedRecord r) {
    List<Evidence> all = new ArrayList<>(r.evidence());
    r.actors().forEach(a -> all.add(a.evidence()));
    if (r.dateEvidence() != null) {
      all.add(r.dateEvidence());
    }
    if (r.placeEvidence() != null) {
      all.add(r.placeEvidence());
    }
    for (Evidence e : all) {
      assertThat(e.quote()).isEqualTo(doc.text().substring(e.span().start(), e.span().end()));
    }
  }

  @Test
  void seeds_yieldTheRowsOfExpected() throws Exception {
    GoldScorer.Score s = score(SharedData.dir("seeds"));
    assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.8);
    assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void devSet_reachesRecallAndPrecisionAndLeavesIrrelevantArticlesEmpty() throws Exception {
    GoldScorer.Score s = score(SharedData.dir("seeds/dev"));
    assertThat(s.recall()).as("recall").isGreaterThanOrEqualTo(0.8);
    assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
    assertThat(s.negativesClean()).as("nothing from the irrelevant articles").isTrue();
  }

  @Test
  void firstSeed_meetingIsOnThursdayInNiameyWithBothMen() throws Exception {
    Document doc = new Ingestor(Clock.systemUTC()).ingest(SharedData.dir("seeds").resolve("000_712beae123183450.txt"))
        .documents().getFirst();
    ExtractedRecord meeting = extract(doc).stream().filter(r -> r.type().equals("meeting")).findFirst().orElseThrow();
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2020, 11, 26));
    assertThat(meeting.dateEvidence().quote()).isEqualTo("Thursday");
    assertThat(meeting.place().country()).isEqualTo("NE");
    assertThat(meeting.actors()).extracting(a -> a.name()).anyMatch(n -> n.contains("Qureshi"))
        .anyMatch(n -> n.contains("Othaimeen"));
    assertThat(meeting.evidence().getFirst().quote()).contains("met");
  }

  @Test
  void irrelevantArticles_yieldNothing() {
    assertThat(extract(article("Manchester United beat Liverpool 2-1 on Sunday at Old Trafford. "
        + "The visitors had taken the lead before two late goals, and the manager praised his players.",
        LocalDate.of(2024, 3, 4)))).isEmpty();
    assertThat(extract(article("Police arrested a man in Leeds on Tuesday after a burglary at a jeweller's "
        + "shop. He was charged with theft and will appear in court next week.", LocalDate.of(2024, 3, 7)))).isEmpty();
    assertThat(extract(article("The central bank raised interest rates on Wednesday, and the government said "
        + "inflation would fall next year. Markets in Paris and London rose.", LocalDate.of(2024, 3, 7)))).isEmpty();
    // religious but no hatred and no response to it
    assertThat(extract(article("Thousands of Muslims gathered for Eid prayers at the central mosque on Wednesday, "
        + "and families shared meals in the park afterwards.", LocalDate.of(2024, 4, 11)))).isEmpty();
  }

  @Test
  void newArticle_mosqueArsonWithArrestAndCondemnation() {
    List<ExtractedRecord> records = extract(article(
        "Arsonists set fire to a mosque in Bristol on Saturday night, destroying its prayer hall. "
            + "Police arrested two men on Sunday. The Muslim Council of Britain condemned the attack "
            + "and called on the government to protect places of worship.", LocalDate.of(2024, 5, 6)));
    ExtractedRecord arson = records.stream().filter(r -> r.kind() == RecordKind.INCIDENT).findFirst().orElseThrow();
    assertThat(arson.type()).isEqualTo("place_of_worship_attack");
    assertThat(arson.place().country()).isEqualTo("GB");
    assertThat(arson.date()).isEqualTo(LocalDate.of(2024, 5, 4));
    assertThat(records).extracting(ExtractedRecord::type).contains("legal_action", "condemnation");
  }

  @Test
  void frenchArticle_isMarkedAndNotRunThroughEnglishModels() {
    Document doc = article("Une mosquée a été vandalisée à Lyon dans la nuit de samedi à dimanche. "
        + "Le maire a condamné ces actes et la police a ouvert une enquête.", LocalDate.of(2024, 5, 6));
    Analysis a = PIPELINE.apply(Analysis.of(doc));
    assertThat(a.get(LanguageStage.LANGUAGE)).isEqualTo("fr");
    assertThat(a.document().language()).isEqualTo("fr");
    assertThat(a.get(ExtractStage.RECORDS).records()).isEmpty();
  }

  @Test
  void newArticle_summonedDiplomat_isAProtestNotACharge() {
    List<ExtractedRecord> records = extract(article(
        "Pakistan's Foreign Office summoned Sweden's charge d'affaires on Thursday to protest against the burning "
            + "of the Holy Quran in Stockholm.", LocalDate.of(2023, 7, 21)));
    assertThat(records).extracting(ExtractedRecord::type).contains("diplomatic_protest", "desecration")
        .doesNotContain("legal_action");
    ExtractedRecord burning = records.stream().filter(r -> r.type().equals("desecration")).findFirst().orElseThrow();
    assertThat(burning.place().country()).isEqualTo("SE");
    assertThat(burning.date()).isEqualTo(LocalDate.of(2023, 7, 20));
  }

  @Test
  void newArticle_personChargedBecomesSuspectOfTheAttack() {
    List<ExtractedRecord> records = extract(article(
        "A gunman killed 51 people at two mosques in Christchurch on Friday. Prime Minister Jacinda Ardern called it "
            + "one of New Zealand's darkest days. A 28-year-old Australian man, Brenton Tarrant, appeared in court "
            + "on Saturday charged with murder.", LocalDate.of(2019, 3, 16)));
    ExtractedRecord attack = records.stream().filter(r -> r.kind() == RecordKind.INCIDENT).findFirst().orElseThrow();
    assertThat(attack.type()).isEqualTo("place_of_worship_attack");
    assertThat(attack.date()).isEqualTo(LocalDate.of(2019, 3, 15));
    assertThat(attack.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("Brenton Tarrant");
      assertThat(a.role()).isEqualTo("suspect");
    });
    assertThat(records).anySatisfy(r -> assertThat(r.actors()).extracting(a -> a.name()).contains("Jacinda Ardern"));
  }

  @Test
  void policeReportingIsNotAResponse() {
    List<ExtractedRecord> records = extract(article(
        "Unknown assailants left a pig's head at the entrance of a mosque in Vienna overnight on Thursday, "
            + "police said on Friday.", LocalDate.of(2024, 2, 10)));
    assertThat(records).extracting(ExtractedRecord::type).containsExactly("place_of_worship_attack");
    assertThat(records.getFirst().place().country()).isEqualTo("AT");
  }
}
