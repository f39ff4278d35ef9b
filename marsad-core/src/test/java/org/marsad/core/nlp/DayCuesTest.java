package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.core.eval.TempEvalCorpus;
import org.marsad.core.eval.TempEvalDoc;

/**
 * The cascade runs SUTime only on sentences with a {@link DayCues day cue} (and on trigger
 * sentences): every timex the gold standards of TempEval-3 and MEANTIME give a day (a value
 * starting YYYY-MM-DD) must hold a cue, or the cascade could miss a document's main date.
 */
class DayCuesTest {

  @Test
  void everyDayTheNlpFindsInNews_holdsADayCue() throws Exception {
    TimexTagger tagger = TimexTagger.load();
    List<String> days = new ArrayList<>();
    for (TempEvalDoc doc : TempEvalCorpus.read(shared("tempeval3").resolve("tempeval3.jsonl"), TempEvalCorpus.Split.TEST)) {
      days.addAll(days(tagger, doc.text(), doc.dct()));
    }
    try (BufferedReader in = Files.newBufferedReader(shared("meantime").resolve("meantime.jsonl"))) {
      ObjectMapper json = new ObjectMapper();
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode doc = json.readTree(line);
        if (!doc.path("dct").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          continue; // a document without an ISO date (a few have none, a few 03-02-2009): relative days unknown
        }
        days.addAll(days(tagger, doc.path("text").asText(), LocalDate.parse(doc.path("dct").asText())));
      }
    }
    assertThat(days).hasSizeGreaterThan(300);
    List<String> missed = days.stream().filter(d -> !DayCues.mayNameDay(d)).toList();
    System.out.println("DAYCUES " + days.size() + " missed " + missed);
    assertThat(missed).isEmpty();
  }

  /** The texts of the day-precise timexes the NLP reads in {@code text}. */
  private static List<String> days(TimexTagger tagger, String text, LocalDate published) {
    return tagger.tag(text, published, TimexOptions.NEWS).stream()
        .filter(t -> t.range() != null && t.range().isDayPrecise()).map(Timex::text).toList();
  }

  @Test
  void sentencesWithoutADay_haveNoCue() {
    assertThat(DayCues.mayNameDay("The council approved a new budget for the library.")).isFalse();
    assertThat(DayCues.mayNameDay("She may decide to join the others on the walk.")).isFalse();
    assertThat(DayCues.mayNameDay("The mosque was set on fire on Friday.")).isTrue();
    assertThat(DayCues.mayNameDay("Police said it happened two days ago.")).isTrue();
    assertThat(DayCues.mayNameDay("The attack took place on 5 May.")).isTrue();
  }

  private static Path shared(String sub) {
    String env = System.getenv("MARSAD_SHARED");
    Path dir = (env != null ? Path.of(env) : Path.of("..", "..", "shared")).resolve("data").resolve(sub).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (set MARSAD_SHARED); skipping");
    return dir;
  }
}
