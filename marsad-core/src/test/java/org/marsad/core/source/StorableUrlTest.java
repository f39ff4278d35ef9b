package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableUrlTest {

  private static final String BASE = "https://news.example/";

  @Test
  void problem_urlUpToTheLimit_none() {
    assertThat(StorableUrl.problem(BASE + "a".repeat(StorableUrl.MAX_CHARS - BASE.length()))).isEmpty();
    assertThat(StorableUrl.problem("https://news.example/a\r")).as("a row's carriage return").isEmpty();
  }

  @Test
  void problem_urlOverTheLimit_saysItsLength() {
    String url = BASE + "a".repeat(StorableUrl.MAX_CHARS - BASE.length() + 1);
    assertThat(StorableUrl.problem(url)).contains("2001 characters, over 2000");
  }

  @Test
  void problem_controlCharacterInside_saysSo() {
    for (char c : new char[] {0, 1, '\t', '\n', 0x1f, 0x7f}) {
      assertThat(StorableUrl.problem("https://news.example/a" + c + "b")).as("char %d", (int) c)
          .contains("a control character");
    }
  }
}
