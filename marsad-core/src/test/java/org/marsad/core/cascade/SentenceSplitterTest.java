package org.marsad.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.Span;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void split_fullStopsAndBlankLines_separateSentences() {
    assertThat(sentences("A mosque was attacked. Police came!\n\nThe imam spoke? Yes."))
        .containsExactly("A mosque was attacked.", "Police came!", "The imam spoke?", "Yes.");
  }

  @Test
  void split_abbreviationsAndInitials_doNotEndSentences() {
    assertThat(sentences("Mr. Khan met Dr. Ali at 5 p.m. Monday in the U.S. The talks went on."))
        .containsExactly("Mr. Khan met Dr. Ali at 5 p.m. Monday in the U.S. The talks went on.");
    assertThat(sentences("John F. Kennedy spoke. He left.")).containsExactly("John F. Kennedy spoke.", "He left.");
  }

  @Test
  void split_detachedStopAfterInitialOrAbbreviation_doesNotEndSentence() {
    assertThat(sentences("Susan Rice , U . S . Ambassador , said it lied . Spokesman Rabie A . Atti denied it on Nov . "
        + "10 . The camp was bombed ."))
        .containsExactly("Susan Rice , U . S . Ambassador , said it lied .",
            "Spokesman Rabie A . Atti denied it on Nov . 10 .", "The camp was bombed .");
  }

  @Test
  void split_quotesCloseTheSentence() {
    assertThat(sentences("He said: \"We condemn it.\" The minister left."))
        .containsExactly("He said: \"We condemn it.\"", "The minister left.");
  }

  @Test
  void split_lowerCaseAfterStop_isOneSentence() {
    assertThat(sentences("The score was 3. it rained.")).containsExactly("The score was 3. it rained.");
  }

  @Property
  void split_spansAreOrderedDisjointTrimmedAndCoverEveryWord(@ForAll String text) {
    List<Span> spans = SentenceSplitter.split(text);
    int previous = 0;
    StringBuilder covered = new StringBuilder();
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previous);
      assertThat(s.length()).isPositive();
      assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
      covered.append(s.of(text));
      previous = s.end();
    }
    assertThat(withoutSpace(covered.toString())).isEqualTo(withoutSpace(text));
  }

  private static String withoutSpace(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> out.append((char) c));
    return out.toString();
  }
}
