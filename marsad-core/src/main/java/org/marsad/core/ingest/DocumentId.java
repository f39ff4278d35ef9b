package org.marsad.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The one definition of a {@link org.marsad.core.domain.Document}'s id: the first 16 bytes of the SHA-256 of
 * its normalised content (text, published date, title), as 32 lower-case hex characters.
 *
 * <p>The hashed bytes are a version tag ({@code marsad-document-id/1}) followed by the three fields, each
 * prefixed by its UTF-8 length, so no two different contents share an encoding. Text and title are normalised
 * with the same rules as ingest (line endings, NFC), so the same article read twice, or from a copy with other
 * line endings, gets the same id. Source, URL and author do not take part: the same article from two places is
 * one document.
 *
 * <p>Needs: nothing. Gives: the id. Thread-safety: stateless, safe from any thread.
 */
public final class DocumentId {

  private static final byte[] VERSION = "marsad-document-id/1".getBytes(StandardCharsets.UTF_8);

  private DocumentId() {}

  /**
   * The id of a document with this content.
   *
   * @param text the body text (not null)
   * @param published the publication date, or null when unknown
   * @param title the title, or null/empty when unknown
   * @return 32 lower-case hex characters
   */
  public static String of(String text, LocalDate published, String title) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null: published=" + published + ", title=" + title);
    }
    MessageDigest sha = sha256();
    sha.update(VERSION);
    field(sha, TextNormaliser.normalise(text));
    field(sha, published == null ? "" : published.toString());
    field(sha, title == null ? "" : TextNormaliser.normalise(title));
    byte[] digest = sha.digest();
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
