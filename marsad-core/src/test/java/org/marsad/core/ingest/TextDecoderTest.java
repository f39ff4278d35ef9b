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
  void decode_byteUndefinedInWindows1252_becomesReplacementCharacterAlone() {
    byte[] bytes = {'a', 'b', 'c', 'd', (byte) 0x81, 'e', 'f', 'g', (byte) 0x80, 'i'};
    assertThat(TextDecoder.decode(bytes))
        .isEqualTo(new Decoded.Text("abcd\uFFFDefg\u20ACi", "windows-1252", true));
  }

  @Test
  void decode_utf8AndWindows1252Mixed_decodesEachSequenceInItsEncoding() {
    byte[] utf8 = "Said \u201Cno\u201D in Malm\u00F6 \uD83D\uDD4C; ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] cp1252 = "L\u00F8kke \u20AC5.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] both = new byte[utf8.length + cp1252.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(cp1252, 0, both, utf8.length, cp1252.length);
    assertThat(TextDecoder.decode(both)).isEqualTo(new Decoded.Text(
        "Said \u201Cno\u201D in Malm\u00F6 \uD83D\uDD4C; L\u00F8kke \u20AC5.", "UTF-8 and windows-1252", true));
  }

  @Test
  void decode_truncatedOrOverlongUtf8_readsTheBytesAsWindows1252() {
    // C3 at the end (truncated), C0 AF (overlong '/'), ED A0 80 (a surrogate)
    byte[] bytes = {'a', 'b', 'c', 'd', 'e', 'f', (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
        'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', (byte) 0xC3};
    assertThat(((Decoded.Text) TextDecoder.decode(bytes)).text())
        .isEqualTo("abcdef\u00C0\u00AF\u00ED\u00A0\u20ACghijklmnopqrst\u00C3");
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
