package org.marsad.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHasherTest {

  static final String STORY = "A mosque in the northern town of Ashbury was set on fire early on Sunday,"
      + " police said. Nobody was hurt, but the prayer hall and the library were destroyed. The imam,"
      + " Yusuf Karim, said the community was shocked and called for calm. Police are looking for two men"
      + " seen running from the building shortly before the fire was reported by a neighbour.";

  @Test
  void jaccard_identicalTexts_isOne() {
    assertThat(MinHasher.jaccard(MinHasher.signature(STORY), MinHasher.signature(STORY))).isEqualTo(1.0);
    assertThat(MinHasher.bands(MinHasher.signature(STORY))).isEqualTo(MinHasher.bands(MinHasher.signature(STORY)));
  }

  @Test
  void jaccard_syndicatedCopyWithByline_staysHigh() {
    String copy = "By Staff Reporter. " + STORY.toUpperCase() + " (Reuters)";
    assertThat(MinHasher.jaccard(MinHasher.signature(STORY), MinHasher.signature(copy))).isGreaterThan(0.8);
  }

  @Test
  void jaccard_anotherStory_isLow() {
    String other = "The city council of Ashbury approved a new budget on Monday, raising spending on schools"
        + " and roads, after a long debate in which the opposition called the plan reckless and unfunded.";
    assertThat(MinHasher.jaccard(MinHasher.signature(STORY), MinHasher.signature(other))).isLessThan(0.2);
  }

  @Test
  void signature_emptyText_matchesNothing() {
    long[] empty = MinHasher.signature("  ");
    assertThat(MinHasher.jaccard(empty, empty)).isZero();
  }
}
