package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Document;
import org.marsad.core.stage.Analysis;

/** Golden test of the committed model: fixed posts keep their labels until the model is retrained on purpose. */
class PostClassifierTest {

  private static final PostClassifier CLASSIFIER = PostClassifier.shared();

  /** Post, expected label, expected "targets Islam". Invented posts, not from HateXplain. */
  private record Golden(String text, HateLabel label, boolean targetsIslam) {}

  private static final List<Golden> GOLDEN = List.of(
      new Golden("had a lovely dinner with my neighbours tonight thank you all", HateLabel.NORMAL, false),
      new Golden("the new mosque in our town opened its doors to visitors of every faith", HateLabel.NORMAL, false),
      new Golden("muslims are vermin and every one of them should be deported", HateLabel.HATESPEECH, true),
      new Golden("islam is a disease and these goat fuckers must be wiped out", HateLabel.HATESPEECH, true),
      new Golden("ban the quran and send the muzzies back to the desert", HateLabel.HATESPEECH, true),
      new Golden("shut up you stupid bitch nobody asked you", HateLabel.OFFENSIVE, false),
      new Golden("this fucking weather is killing me lol", HateLabel.NORMAL, false),
      new Golden("jews control the banks and the media wake up", HateLabel.OFFENSIVE, false));

  @Test
  void classify_fixedPosts_goldenLabels() {
    for (Golden g : GOLDEN) {
      Verdict v = CLASSIFIER.classify(g.text());
      assertThat(v.label()).as("label of \"%s\" (%s)", g.text(), v).isEqualTo(g.label());
      assertThat(v.targetsIslam()).as("Islam target of \"%s\" (%s)", g.text(), v).isEqualTo(g.targetsIslam());
    }
  }

  @Test
  void classifyAll_manyPosts_sameAsOneByOne() {
    List<String> texts = GOLDEN.stream().map(Golden::text).toList();
    List<Verdict> all = CLASSIFIER.classifyAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i)).isEqualTo(CLASSIFIER.classify(texts.get(i)));
    }
  }

  @Test
  void model_committedFile_namesIdDigestAndProvenance() {
    assertThat(CLASSIFIER.model()).matches("hate-en-1@[0-9a-f]{12}");
    assertThat(CLASSIFIER.classify("hello").model()).isEqualTo(CLASSIFIER.model());
    assertThat(CLASSIFIER.provenance()).contains("\"validation\"").contains("\"seed\"").contains("\"sha256\"");
  }

  @Test
  void stage_document_providesVerdict() {
    Document d = new Document("p1", "post", "", "", null, "", "", GOLDEN.getFirst().text());
    Verdict v = new PostClassifierStage(CLASSIFIER).apply(Analysis.of(d)).get(PostClassifierStage.VERDICT);
    assertThat(v).isEqualTo(CLASSIFIER.classify(GOLDEN.getFirst().text()));
  }
}
