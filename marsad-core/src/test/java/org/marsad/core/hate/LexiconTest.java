package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Lexicon LEXICON = Lexicon.parse(List.of(
      "# comment", "islam\tmuslim*", "islam\tmosque", "violence\twipe out", "violence\tkill*"));

  @Test
  void counts_prefixExactAndMultiWordTerms_counted() {
    int[] counts = LEXICON.counts(PostText.tokens("Muslims built a mosque; wipe out the mosques and killers"));
    assertThat(LEXICON.categories()).containsExactly("islam", "violence");
    assertThat(counts).containsExactly(2, 2);
  }

  @Test
  void parse_lineWithoutTab_failsWithLineNumber() {
    assertThatThrownBy(() -> Lexicon.parse(List.of("islam muslim"))).hasMessageContaining(":1:")
        .hasMessageContaining("islam muslim");
  }

  @Test
  void defaultLexicon_loads_withItsCategories() {
    assertThat(Lexicon.defaultLexicon().categories())
        .containsExactly("islam", "islam_slur", "slur", "profanity", "dehumanise", "violence");
  }
}
