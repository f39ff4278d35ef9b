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
 * otherwise strict UTF-8. Bytes that are not valid UTF-8 are decoded as windows-1252, or ISO-8859-1 when they
 * use the five bytes windows-1252 leaves undefined, and the result says it was a fallback. Content with more
 * than {@value #MAX_CONTROL_PERCENT}% control characters is binary; content that is not UTF-8 and has more than
 * {@value #MAX_NON_ASCII_PERCENT}% non-ASCII bytes is refused too (binary, or a legacy encoding such as
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
    int nonAscii = 0;
    int total = bytes.remaining();
    for (int i = bytes.position(); i < bytes.limit(); i++) {
      if (bytes.get(i) < 0) {
        nonAscii++;
      }
    }
    if (100L * nonAscii > (long) MAX_NON_ASCII_PERCENT * total) {
      return new Decoded.Refused(String.format(Locale.ROOT,
          "not valid %s and %d%% of the bytes are non-ASCII: binary, or a legacy encoding Marsad does not guess",
          what, 100L * nonAscii / total));
    }
    String latin = strict(WINDOWS_1252, bytes.duplicate());
    if (latin != null) {
      return checkControls(new Decoded.Text(latin, "windows-1252", true));
    }
    return checkControls(
        new Decoded.Text(new String(bytes.array(), bytes.position(), total, StandardCharsets.ISO_8859_1),
            "ISO-8859-1", true));
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
