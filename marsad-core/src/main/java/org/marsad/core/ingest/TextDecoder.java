package org.marsad.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, or refuses them as binary.
 *
 * <p>Order: a UTF-8 byte-order mark is stripped and the rest decoded strictly as UTF-8; a UTF-16 byte-order
 * mark selects strict UTF-16; NUL bytes mean binary (or UTF-16 without a mark, which Marsad does not guess);
 * otherwise strict UTF-8. Content that is not valid UTF-8 is decoded sequence by sequence: well-formed UTF-8
 * sequences as UTF-8, other bytes as windows-1252 (U+FFFD for the five bytes it leaves undefined), so a file
 * mixing the two reads right; the result says it was a fallback. Content with more
 * than {@value #MAX_CONTROL_PERCENT}% control characters is binary; content that is not UTF-8 and has more than
 * {@value #MAX_NON_ASCII_PERCENT}% non-ASCII bytes outside well-formed UTF-8 sequences is refused too (binary, or a legacy encoding such as
 * windows-1251 that a Latin guess would turn into nonsense).
 *
 * <p>Needs: nothing. Gives: {@link Decoded}. Thread-safety: stateless, safe from any thread (decoders are
 * created per call).
 */
final class TextDecoder {

  static final int MAX_CONTROL_PERCENT = 10;
  static final int MAX_NON_ASCII_PERCENT = 30;
  private static final int VALIDATION_CHARS = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes {@code bytes}; never throws. */
  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(ByteBuffer.wrap(bytes, 3, bytes.length - 3), "UTF-8 after its byte-order mark");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFF, 0xFE, 0, 0)) {
      Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      String text = strict(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2));
      if (text == null) {
        return new Decoded.Refused("not valid " + utf16.name() + " although it starts with its byte-order mark");
      }
      return checkControls(new Decoded.Text(text, utf16.name(), false));
    }
    for (byte b : bytes) {
      if (b == 0) {
        return new Decoded.Refused(
            "binary content: contains NUL bytes (binary, or UTF-16/32 without a byte-order mark)");
      }
    }
    return utf8(ByteBuffer.wrap(bytes), "UTF-8");
  }

  private static Decoded utf8(ByteBuffer bytes, String what) {
    String text = strict(StandardCharsets.UTF_8, bytes.duplicate());
    if (text != null) {
      return checkControls(new Decoded.Text(text, "UTF-8", false));
    }
    // non-ASCII bytes outside well-formed UTF-8 sequences: what a Latin guess would have to read
    int nonAscii = 0;
    int total = bytes.remaining();
    byte[] b = bytes.array();
    int end = bytes.arrayOffset() + bytes.limit();
    for (int i = bytes.arrayOffset() + bytes.position(); i < end; ) {
      int n = utf8Length(b, i, end);
      if (n == 1 && b[i] < 0) {
        nonAscii++;
      }
      i += n;
    }
    if (100L * nonAscii > (long) MAX_NON_ASCII_PERCENT * total) {
      return new Decoded.Refused(String.format(Locale.ROOT,
          "not valid %s and %d%% of the bytes are non-ASCII: binary, or a legacy encoding Marsad does not guess",
          what, 100L * nonAscii / total));
    }
    return checkControls(mixed(bytes));
  }

  /**
   * Decodes byte sequence by byte sequence: a well-formed UTF-8 sequence (no overlong form, no surrogate, at
   * most U+10FFFF) as UTF-8, any other byte as windows-1252, and U+FFFD only for the five bytes windows-1252
   * leaves undefined; so a file pasted together from UTF-8 and windows-1252 reads right in both parts.
   */
  private static Decoded.Text mixed(ByteBuffer buffer) {
    byte[] b = buffer.array();
    int end = buffer.arrayOffset() + buffer.limit();
    StringBuilder out = new StringBuilder(buffer.remaining());
    boolean utf8 = false;
    for (int i = buffer.arrayOffset() + buffer.position(); i < end; ) {
      int n = utf8Length(b, i, end);
      if (n > 1) {
        out.append(new String(b, i, n, StandardCharsets.UTF_8));
        utf8 = true;
        i += n;
      } else {
        out.append(b[i] >= 0 ? (char) b[i] : WINDOWS_1252_HIGH[(b[i] & 0xFF) - 0x80]);
        i++;
      }
    }
    return new Decoded.Text(out.toString(), utf8 ? "UTF-8 and windows-1252" : "windows-1252", true);
  }

  /** The length of the well-formed UTF-8 sequence of two or more bytes at {@code i}, else 1. */
  private static int utf8Length(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    int n;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      min = lead == 0xE0 ? 0xA0 : 0x80;
      max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      min = lead == 0xF0 ? 0x90 : 0x80;
      max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 1;
    }
    if (i + n > end) {
      return 1;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min || second > max) {
      return 1;
    }
    for (int k = 2; k < n; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 1;
      }
    }
    return n;
  }

  /** windows-1252 characters of the bytes 0x80 to 0xFF; U+FFFD for the five it leaves undefined. */
  private static final char[] WINDOWS_1252_HIGH = windows1252High();

  private static char[] windows1252High() {
    char[] chars = new char[0x80];
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = strict(WINDOWS_1252, ByteBuffer.wrap(new byte[] {(byte) b}));
      chars[b - 0x80] = s == null || s.length() != 1 ? '\uFFFD' : s.charAt(0);
    }
    return chars;
  }

  private static Decoded checkControls(Decoded.Text decoded) {
    String text = decoded.text();
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) || c == 0x7F) {
        controls++;
      }
    }
    if (100L * controls > (long) MAX_CONTROL_PERCENT * text.length()) {
      return new Decoded.Refused(String.format(Locale.ROOT,
          "binary content: %d%% control characters (decoded as %s)",
          100L * controls / text.length(), decoded.charset()));
    }
    return decoded;
  }

  /**
   * The text of {@code bytes} in {@code charset}, or null when they are not valid in it. Validation decodes
   * through a small buffer, and only valid bytes are turned into a string (by {@code new String}, which gives the
   * same text for valid input), so a 50 MB file never needs a 100 MB char buffer besides its string.
   */
  private static String strict(Charset charset, ByteBuffer bytes) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = bytes.duplicate();
    CharBuffer out = CharBuffer.allocate(VALIDATION_CHARS);
    for (CoderResult r = decoder.decode(in, out, true); !r.isUnderflow(); r = decoder.decode(in, out, true)) {
      if (r.isError()) {
        return null;
      }
      out.clear(); // overflow: the chars are not needed, only whether the bytes decode
    }
    for (CoderResult r = decoder.flush(out.clear()); !r.isUnderflow(); r = decoder.flush(out.clear())) {
      if (r.isError()) {
        return null;
      }
    }
    return new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
