package org.marsad.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

  private static final SentenceEmbedder EMBEDDER = SentenceEmbedder.shared();

  @Test
  void embed_anyText_gives384UnitVector() {
    Embedding e = EMBEDDER.embed("A mosque was vandalised overnight.");
    assertThat(e.dimension()).isEqualTo(SentenceEmbedder.DIMENSION).isEqualTo(384);
    assertThat(e.cosine(e)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(e.model()).isEqualTo(SentenceEmbedder.MODEL);
  }

  @Test
  void embed_identicalSentences_cosineOne() {
    Embedding a = EMBEDDER.embed("The council condemned the burning of the Quran.");
    Embedding b = EMBEDDER.embed("The council condemned the burning of the Quran.");
    assertThat(a.cosine(b)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void embed_paraphrase_closerThanUnrelated() {
    Embedding s = EMBEDDER.embed("Vandals sprayed hateful graffiti on the walls of the mosque.");
    Embedding paraphrase = EMBEDDER.embed("The mosque's walls were defaced with hate graffiti by vandals.");
    Embedding unrelated = EMBEDDER.embed("The central bank raised interest rates by a quarter point.");
    assertThat(s.cosine(paraphrase)).isGreaterThan(0.7).isGreaterThan(s.cosine(unrelated) + 0.3);
  }

  @Test
  void embedAll_manyTextsInParallel_sameAsOneByOne() {
    List<String> texts = List.of("short", "a much longer sentence with many more word pieces in it than the first",
        "", "medium length text here");
    float[][] batched = EMBEDDER.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      Embedding alone = EMBEDDER.embed(texts.get(i));
      assertThat(new Embedding(batched[i], SentenceEmbedder.MODEL)).isEqualTo(alone);
    }
  }

  @Test
  void embedAll_batchesAboveOne_closeToOneByOne() {
    List<String> texts = List.of("short", "a much longer sentence with many more word pieces in it than the first");
    float[][] batched = SentenceEmbedder.load(EmbedderConfig.defaults().withBatchSize(2)).embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(new Embedding(batched[i], SentenceEmbedder.MODEL).cosine(EMBEDDER.embed(texts.get(i)))).isGreaterThan(0.95);
    }
  }

  @Test
  void embed_longText_isCutAtMaxTokens() {
    String longText = "word ".repeat(2000);
    assertThat(EMBEDDER.tokenCount(longText)).isEqualTo(EMBEDDER.config().maxTokens());
    assertThat(EMBEDDER.embed(longText).dimension()).isEqualTo(384);
  }

  @Test
  void config_outOfRange_failsWithValue() {
    assertThatThrownBy(() -> new EmbedderConfig(1000, 1, 2, 1)).hasMessageContaining("maxTokens=1000");
    assertThatThrownBy(() -> new EmbedderConfig(256, 0, 2, 1)).hasMessageContaining("batchSize=0");
    assertThatThrownBy(() -> new EmbedderConfig(256, 1, 0, 1)).hasMessageContaining("parallelism=0");
  }
}
