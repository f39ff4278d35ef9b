package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  /** Cheap parameters: the format and the checks are what is tested here. */
  final PasswordHasher hasher = new PasswordHasher(1024, 1);

  @Test
  void verify_rightPassword_isTrue_wrongOneFalse() {
    String phc = hasher.hash("correct horse".toCharArray());
    assertThat(phc).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    assertThat(hasher.verify("correct horse".toCharArray(), phc)).isTrue();
    assertThat(hasher.verify("correct horsf".toCharArray(), phc)).isFalse();
  }

  @Test
  void hash_samePasswordTwice_differsBySalt() {
    assertThat(hasher.hash("pw-123456".toCharArray())).isNotEqualTo(hasher.hash("pw-123456".toCharArray()));
  }

  @Test
  void verify_otherFormats_isFalse() {
    assertThat(hasher.verify("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
  }

  @Test
  void verify_standardParameters_matchAHashMadeWithThem() {
    PasswordHasher standard = PasswordHasher.standard();
    String phc = standard.hash("analyst-password".toCharArray());
    assertThat(phc).contains("m=19456,t=2,p=1");
    assertThat(hasher.verify("analyst-password".toCharArray(), phc)).isTrue();
  }
}
