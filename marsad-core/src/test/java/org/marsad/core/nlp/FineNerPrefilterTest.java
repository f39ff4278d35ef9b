package org.marsad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fine-grained NER prefilter changes no tag: a CoreNLP pipeline of its own (not the shared one,
 * which already has it) tags the seed articles and a text dense with gazetteer words before and after
 * the prefilter is installed, and every token's NER tag and every entity mention is the same.
 */
class FineNerPrefilterTest {

  private static final String GAZETTEER_DENSE = String.join(" ",
      "A mosque in New York was vandalised on Tuesday, and another in North Carolina on Friday.",
      "Police in St. Louis and San Jose said the new north wing of a school in Port Said was also hit.",
      "The Saudi minister of state flew from Bad Homburg to Sao Paulo, then to Rio de Janeiro and Lake Placid.",
      "West Bank residents, east London imams and the South African Muslim Judicial Council condemned it.",
      "A Catholic priest, a Sunni cleric and a Buddhist monk met in Fort Worth, Texas, and new york city.",
      "Staff Sgt. Jones of Calif. and Rep. Smith of the U.S.A. wrote to @imam_watch and info@mosque.org.uk.",
      "The Secretary-of-State, a Pvt. and a gunnery-sgt. from Fla. visited www.example.com on Friday.");

  @Test
  void tagsAreTheSameWithAndWithoutThePrefilter() throws Exception {
    List<String> texts = new ArrayList<>();
    texts.add(GAZETTEER_DENSE);
    Path seeds = seeds();
    try (Stream<Path> files = Stream.concat(Files.list(seeds), Files.list(seeds.resolve("dev")))) {
      files.filter(f -> f.getFileName().toString().matches("[0-9d].*\\.txt")).sorted()
          .forEach(f -> texts.add(read(f)));
    }
    assertThat(texts).hasSizeGreaterThan(5);
    // a pipeline of fresh annotators: the pool would hand out the shared pipeline's, prefiltered
    StanfordCoreNLP.clearAnnotatorPool();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpModel.properties(false));

    List<String> before = tags(pipeline, texts);
    FineNerPrefilter.install(pipeline);
    List<String> after = tags(pipeline, texts);

    assertThat(after).containsExactlyElementsOf(before);
    assertThat(before.getFirst()).contains("San/CITY Jose/CITY", "Port/CITY Said/CITY", "North/STATE_OR_PROVINCE Carolina/STATE_OR_PROVINCE",
        "Saudi/NATIONALITY", "minister/TITLE", "Calif./STATE_OR_PROVINCE");
  }

  @Test
  void plainWords_foldsCaseAndLeavesOutRegularExpressions() {
    assertThat(FineNerPrefilter.plainWords(new String[] {"New", "YORK", "St.", "[A-Z]+", "Saint-Denis"}))
        .containsExactly("new", "york", "saint-denis");
    assertThat(FineNerPrefilter.fold("İstanbul")).isEqualTo(FineNerPrefilter.fold("istanbul"));
    assertThat(FineNerPrefilter.expression("Calif\\.?").matcher("CALIF.").matches()).isTrue();
    assertThat(FineNerPrefilter.expression("york")).isNull();
  }

  /** Per text: the tokens as word/tag, then the entity mentions as text/type. */
  private static List<String> tags(StanfordCoreNLP pipeline, List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      Annotation a = CoreNlpModel.annotate(pipeline, text, LocalDate.of(2024, 3, 1));
      StringBuilder b = new StringBuilder();
      for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
        b.append(t.word()).append('/').append(t.ner()).append(' ');
      }
      b.append("|");
      a.get(CoreAnnotations.MentionsAnnotation.class).forEach(m -> b.append(' ')
          .append(m.get(CoreAnnotations.TextAnnotation.class)).append('/')
          .append(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
      out.add(b.toString());
    }
    return out;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path seeds() {
    String shared = System.getenv("MARSAD_SHARED");
    return (shared != null ? Path.of(shared, "seeds") : Path.of("..", "..", "shared", "seeds")).toAbsolutePath().normalize();
  }
}
