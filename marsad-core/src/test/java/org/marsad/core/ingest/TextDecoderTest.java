package org.marsad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decode_validUtf8_isStrictUtf8() {
    Decoded d = TextDecoder.decode("Løkke Rasmussen — 47th\uFFFDSession".getBytes(StandardCharsets.UTF_8));
    assertThat(d).isEqualTo(new Decoded.Text("Løkke Rasmussen — 47th\uFFFDSession", "UTF-8", false));
  }

  @Test
  void decode_utf8Bom_isStripped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode(bytes)).isEqualTo(new Decoded.Text("hi", "UTF-8", false));
  }

  @Test
  void decode_utf16WithBom_isDecoded() {
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'};
    assertThat(TextDecoder.decode(le)).isEqualTo(new Decoded.Text("hi", "UTF-16LE", false));
    assertThat(TextDecoder.decode(be)).isEqualTo(new Decoded.Text("hi", "UTF-16BE", false));
  }

  @Test
  void decode_windows1252_fallsBackAndSaysSo() {
    byte[] bytes = "caf\u00E9 \u201Cquoted\u201D".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(bytes))
        .isEqualTo(new Decoded.Text("caf\u00E9 \u201Cquoted\u201D", "windows-1252", true));
  }

  @Test
  void decode_byteUndefinedInWindows1252_fallsBackToLatin1() {
    byte[] bytes = {'a', 'b', 'c', 'd', (byte) 0x81, 'e', 'f', 'g', 'h', 'i'};
    Decoded d = TextDecoder.decode(bytes);
    assertThat(d).isInstanceOf(Decoded.Text.class);
    assertThat(((Decoded.Text) d).charset()).isEqualTo("ISO-8859-1");
    assertThat(((Decoded.Text) d).fallback()).isTrue();
  }

  @Test
  void decode_nulBytes_areBinary() {
    assertThat(TextDecoder.decode(new byte[] {'a', 0, 'b'}))
        .isInstanceOfSatisfying(Decoded.Refused.class, r -> assertThat(r.reason()).contains("NUL"));
  }

  @Test
  void decode_randomBytes_areRefused() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    assertThat(TextDecoder.decode(bytes)).isInstanceOf(Decoded.Refused.class);
  }

  @Test
  void decode_manyControlCharacters_areBinary() {
    byte[] bytes = {1, 2, 3, 4, 'a', 'b', 'c', 'd', 'e', 'f'};
    assertThat(TextDecoder.decode(bytes))
        .isInstanceOfSatisfying(Decoded.Refused.class, r -> assertThat(r.reason()).contains("control"));
  }

  @Test
  void decode_mostlyNonAsciiInvalidUtf8_isRefused() {
    byte[] cyrillic1251 =
        "Министерство иностранных дел".getBytes(java.nio.charset.Charset.forName("windows-1251"));
    assertThat(TextDecoder.decode(cyrillic1251))
        .isInstanceOfSatisfying(Decoded.Refused.class, r -> assertThat(r.reason()).contains("non-ASCII"));
  }

  @Test
  void decode_onlyBom_isEmptyText() {
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .isEqualTo(new Decoded.Text("", "UTF-8", false));
  }
}
