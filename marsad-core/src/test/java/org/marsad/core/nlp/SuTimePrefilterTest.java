package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.eval.TempEvalCorpus;
import org.marsad.core.eval.TempEvalDoc;

/**
 * The SUTime prefilter changes no timex: a CoreNLP pipeline of its own (not the shared one, which
 * already has it) tags TempEval-3's test documents and MEANTIME before and after the prefilter is
 * installed, and every token's NER tag, normalised value and SUTime timex is the same.
 */
class SuTimePrefilterTest {

  private record Doc(String text, LocalDate published) {}

  @Test
  void timexesAreTheSameWithAndWithoutThePrefilter() throws Exception {
    List<Doc> docs = new ArrayList<>();
    for (TempEvalDoc doc : TempEvalCorpus.read(shared("tempeval3").resolve("tempeval3.jsonl"), TempEvalCorpus.Split.TEST)) {
      docs.add(new Doc(doc.text(), doc.dct()));
    }
    try (BufferedReader in = Files.newBufferedReader(shared("meantime").resolve("meantime.jsonl"))) {
      ObjectMapper json = new ObjectMapper();
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode doc = json.readTree(line);
        String dct = doc.path("dct").asText();
        docs.add(new Doc(doc.path("text").asText(), dct.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(dct) : null));
      }
    }
    docs.add(new Doc("He was born on Christmas Eve 1999, twenty five years ago, and left at 3 p.m. last Thursday,"
        + " the day after Eid al-Fitr; the mosque has opened every fall since the nineties, twice a week.", LocalDate.of(2024, 12, 5)));
    assertThat(docs).hasSizeGreaterThan(100);
    // a pipeline of fresh annotators: the pool would hand out the shared pipeline's, prefiltered
    StanfordCoreNLP.clearAnnotatorPool();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpModel.properties(false));
    FineNerPrefilter.install(pipeline); // the same gazetteer tags either way; only SUTime differs below

    List<String> before = tags(pipeline, docs);
    SuTimePrefilter.install(pipeline);
    List<String> after = tags(pipeline, docs);

    assertThat(after).containsExactlyElementsOf(before);
    assertThat(String.join(" ", before)).contains("DATE", "DURATION", "SET", "TIME");
  }

  @Test
  void mostTokenRulesNeedWords() throws Exception {
    StanfordCoreNLP.clearAnnotatorPool();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpModel.properties(false));
    SuTimePrefilter.install(pipeline);
    List<SuTimePrefilter> installed = SuTimePrefilter.installed(pipeline);
    assertThat(installed).isNotEmpty();
    assertThat(installed.stream().mapToInt(SuTimePrefilter::filtered).sum()).isGreaterThan(100);
    SuTimePrefilter.install(pipeline); // idempotent: not wrapped twice
    assertThat(SuTimePrefilter.installed(pipeline)).hasSameSizeAs(installed);
  }

  /** Per document: the tokens as word/tag/normalised value/timex. */
  private static List<String> tags(StanfordCoreNLP pipeline, List<Doc> docs) {
    List<String> out = new ArrayList<>();
    for (Doc doc : docs) {
      Annotation a = CoreNlpModel.annotate(pipeline, doc.text(), doc.published());
      StringBuilder b = new StringBuilder();
      for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
        b.append(t.word()).append('/').append(t.ner()).append('/')
            .append(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).append('/')
            .append(t.get(TimeAnnotations.TimexAnnotation.class)).append(' ');
      }
      out.add(b.toString());
    }
    return out;
  }

  private static Path shared(String sub) {
    String env = System.getenv("MARSAD_SHARED");
    Path dir = (env != null ? Path.of(env) : Path.of("..", "..", "shared")).resolve("data").resolve(sub).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + " (set MARSAD_SHARED); skipping");
    return dir;
  }
}
