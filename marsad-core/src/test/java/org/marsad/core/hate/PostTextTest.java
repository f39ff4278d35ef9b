package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostTextTest {

  @Test
  void tokens_hateXplainText_areItsWords() {
    assertThat(PostText.tokens("<user> i do not like it 😂 <number> times"))
        .containsExactly("<user>", "i", "do", "not", "like", "it", "😂", "<number>", "times");
  }

  @Test
  void tokens_rawPost_normalisedLikeHateXplain() {
    assertThat(PostText.tokens("@Someone Read THIS: https://x.example/a?b=1 ... 42 times!!"))
        .containsExactly("<user>", "read", "this", "<url>", "<number>", "times");
  }

  @Test
  void tokens_curlyApostrophe_becomesStraight() {
    assertThat(PostText.tokens("don’t")).containsExactly("don't");
  }
}
