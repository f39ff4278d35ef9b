package org.marsad.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionNormaliserTest {

  private final MentionNormaliser normaliser =
      new MentionNormaliser(List.of("Dr", "H.E.", "Foreign Minister", "Minister"));

  @Test
  void key_accentsHyphensAndCase_areFolded() {
    assertThat(MentionNormaliser.key("Lars Løkke Rasmussen")).isEqualTo("lars lokke rasmussen");
    assertThat(MentionNormaliser.key("Ekmeleddin İhsanoğlu")).isEqualTo("ekmeleddin ihsanoglu");
    assertThat(MentionNormaliser.key("Al-Othaimeen")).isEqualTo("al othaimeen");
    assertThat(MentionNormaliser.key("Al–Othaimeen")).isEqualTo("al othaimeen");
    assertThat(MentionNormaliser.key("Jammu & Kashmir")).isEqualTo("jammu and kashmir");
    assertThat(MentionNormaliser.key("U.N.")).isEqualTo("un");
    assertThat(MentionNormaliser.key("Côte d'Ivoire")).isEqualTo("cote divoire");
  }

  @Test
  void key_possessive_isDropped() {
    assertThat(MentionNormaliser.key("Qureshi's")).isEqualTo("qureshi");
    assertThat(MentionNormaliser.key("Qureshi’s")).isEqualTo("qureshi");
  }

  @Test
  void key_nullOrBlank_isEmpty() {
    assertThat(MentionNormaliser.key(null)).isEmpty();
    assertThat(MentionNormaliser.key(" \t")).isEmpty();
  }

  @Test
  void strippedKey_leadingPrefixes_areRemovedRepeatedly() {
    assertThat(normaliser.strippedKey("Foreign Minister Dr. Ali")).isEqualTo("ali");
    assertThat(normaliser.strippedKey("H.E. Dr Ali")).isEqualTo("ali");
  }

  @Test
  void strippedKey_prefixAlone_isKept() {
    assertThat(normaliser.strippedKey("Minister")).isEqualTo("minister");
    assertThat(normaliser.strippedKey("Dr")).isEqualTo("dr");
  }

  @Test
  void strippedKey_prefixInsideName_isKept() {
    assertThat(normaliser.strippedKey("Ali Dr")).isEqualTo("ali dr");
  }

  @Test
  void key_randomInput_isIdempotentAndClean() {
    Random random = new Random(20261123L);
    String alphabet = "aZøØİığß&.'’-–— \t\u0301\u00e9Ωقرآن12()/,";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String k = MentionNormaliser.key(b.toString());
      assertThat(MentionNormaliser.key(k)).as("input %s", b).isEqualTo(k);
      assertThat(k)
          .as("input %s", b)
          .doesNotStartWith(" ")
          .doesNotEndWith(" ")
          .doesNotContain("  ")
          .matches("[\\p{Ll}\\p{Lo}\\p{N} ]*");
      String s = normaliser.strippedKey(b.toString());
      assertThat(k.isEmpty() || !s.isEmpty()).as("input %s", b).isTrue();
    }
  }
}
