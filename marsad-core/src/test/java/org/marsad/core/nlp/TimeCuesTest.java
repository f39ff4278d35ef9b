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
 * The cascade runs SUTime only on sentences with a {@link TimeCues day cue} and on trigger sentences
 * with a time cue: every timex the NLP finds in TempEval-3's test set and MEANTIME must hold a time
 * cue, and every one it resolves to a day a day cue, or the cascade could miss a record's date or a
 * document's main date.
 */
class TimeCuesTest {

  @Test
  void everyTimexTheNlpFindsInNews_holdsATimeCue_andEveryDayADayCue() throws Exception {
    TimexTagger tagger = TimexTagger.load();
    List<Timex> timexes = new ArrayList<>();
    for (TempEvalDoc doc : TempEvalCorpus.read(shared("tempeval3").resolve("tempeval3.jsonl"), TempEvalCorpus.Split.TEST)) {
      timexes.addAll(tagger.tag(doc.text(), doc.dct(), TimexOptions.NEWS));
    }
    try (BufferedReader in = Files.newBufferedReader(shared("meantime").resolve("meantime.jsonl"))) {
      ObjectMapper json = new ObjectMapper();
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode doc = json.readTree(line);
        if (!doc.path("dct").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          continue; // a document without an ISO date (a few have none, a few 03-02-2009): relative days unknown
        }
        timexes.addAll(tagger.tag(doc.path("text").asText(), LocalDate.parse(doc.path("dct").asText()), TimexOptions.NEWS));
      }
    }
    List<String> days = timexes.stream().filter(t -> t.range() != null && t.range().isDayPrecise()).map(Timex::text).toList();
    assertThat(days).hasSizeGreaterThan(300);
    assertThat(timexes).hasSizeGreaterThan(1000);
    assertThat(days.stream().filter(d -> !TimeCues.mayNameDay(d))).as("days without a day cue").isEmpty();
    assertThat(timexes.stream().map(Timex::text).filter(t -> !TimeCues.mayNameTime(t))).as("timexes without a time cue").isEmpty();
  }

  @Test
  void sentencesWithoutADay_haveNoDayCue() {
    assertThat(TimeCues.mayNameDay("The council approved a new budget for the library.")).isFalse();
    assertThat(TimeCues.mayNameDay("She may decide to join the others on the walk.")).isFalse();
    assertThat(TimeCues.mayNameDay("The mosque was set on fire on Friday.")).isTrue();
    assertThat(TimeCues.mayNameDay("Police said it happened two days ago.")).isTrue();
    assertThat(TimeCues.mayNameDay("The attack took place on 5 May.")).isTrue();
    assertThat(TimeCues.mayNameDay("The mosque was built in 1995.")).isFalse();
  }

  @Test
  void sentencesWithoutATime_haveNoTimeCue() {
    assertThat(TimeCues.mayNameTime("Vandals smashed the windows of the mosque and sprayed slogans.")).isFalse();
    assertThat(TimeCues.mayNameTime("The minister condemned the attack on the worshippers.")).isFalse();
    assertThat(TimeCues.mayNameTime("The mosque was built in 1995.")).isTrue();
    assertThat(TimeCues.mayNameTime("It was attacked last summer and again recently.")).isTrue();
    assertThat(TimeCues.mayNameTime("Police may charge him.")).isTrue();
    assertThat(TimeCues.mayNameTime("The attack took place on Friday.")).isTrue();
  }

  private static Path shared(String sub) {
    String env = System.getenv("MARSAD_SHARED");
    Path dir = (env != null ? Path.of(env) : Path.of("..", "..", "shared")).resolve("data").resolve(sub).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (set MARSAD_SHARED); skipping");
    return dir;
  }
}
