package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The basic dependencies of {@link BasicDependencyParser} are those of CoreNLP's own depparse
 * annotator in a pipeline of its own, sentence by sentence, on the two seed articles.
 */
class BasicDependencyParserTest {

  @Test
  void basicDependencies_areTheFullPipelines() throws Exception {
    BasicDependencyParser parser = BasicDependencyParser.load(
        PropertiesUtils.extractPrefixedProperties(CoreNlpModel.properties(true), "depparse."));
    StanfordCoreNLP withDepparse = new StanfordCoreNLP(CoreNlpModel.properties(true));
    int sentences = 0;
    for (String name : List.of("000_712beae123183450.txt", "003_e4b9f3156e9ffce2.txt")) {
      String text = Files.readString(seeds().resolve(name));
      Annotation full = CoreNlpModel.annotate(withDepparse, text, LocalDate.of(2024, 3, 1));
      Annotation tagged = CoreNlpModel.annotate(CoreNlpModel.withoutParse(), text, LocalDate.of(2024, 3, 1));
      List<CoreMap> expected = full.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> actual = tagged.get(CoreAnnotations.SentencesAnnotation.class);
      assertThat(actual.getFirst().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).isNull();
      parser.parse(actual);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(graph(actual.get(i))).as("sentence %d of %s", i, name).isEqualTo(graph(expected.get(i)));
        sentences++;
      }
    }
    assertThat(sentences).isGreaterThan(20);
  }

  private static String graph(CoreMap sentence) {
    SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    return g.toList();
  }

  private static Path seeds() {
    String shared = System.getenv("MARSAD_SHARED");
    return (shared != null ? Path.of(shared, "seeds") : Path.of("..", "..", "shared", "seeds")).toAbsolutePath().normalize();
  }
}
