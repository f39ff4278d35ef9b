package org.marsad.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a URL may be stored: PostgreSQL's index on a stored URL holds about 2.7 KB,
 * so a URL is at most {@link #MAX_CHARS} characters, and it has no control character (NUL is refused
 * in text, and none belongs in a URL). The check of the article URLs of a GDELT export
 * ({@link GdeltLeads}), the export URLs of a lastupdate.txt ({@link GdeltPoller}), the item links of a
 * feed ({@link FeedPoller}) and the sources added by hand ({@code marsad sources add}); a URL that may not
 * be stored is remembered as seen by a key of its own ({@link #keyOf}). Stateless.
 */
public final class StorableUrl {

  /** Characters of a URL at most. */
  public static final int MAX_CHARS = 2000;
  /** Characters of a refused URL shown in its error line. */
  private static final int SHOWN_CHARS = 100;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private StorableUrl() {}

  /**
   * Why {@code url} may not be stored ({@code 4046 characters, over 2000}; {@code a control character}),
   * empty when it may. Control characters are looked for inside the URL trimmed (a row's last column
   * may end with a carriage return).
   */
  public static Optional<String> problem(String url) {
    if (url.length() > MAX_CHARS) {
      return Optional.of(url.length() + " characters, over " + MAX_CHARS);
    }
    if (CONTROL.matcher(url.trim()).find()) {
      return Optional.of("a control character");
    }
    return Optional.empty();
  }

  /**
   * The one-line error of a URL read from a source that may not be stored, so was not read: the URL
   * shortened and without secrets, {@code what} it is, and {@code problem}, e.g. {@code http://x/aaa...:
   * feed item link not read (2100 characters, over 2000)}.
   */
  public static String notRead(String url, String what, String problem) {
    return OneLine.of(SecretUrls.redact(shortened(url))) + ": " + what + " not read (" + problem + ")";
  }

  /** {@code url} cut to its first 100 characters ("..." after), to name a refused URL in an error line. */
  public static String shortened(String url) {
    return url.length() > SHOWN_CHARS ? url.substring(0, SHOWN_CHARS) + "..." : url;
  }

  /**
   * The key a URL that may not be stored is remembered by (as read or seen), in its place:
   * {@code bad-entry:sha256:} and the hex SHA-256 of the URL (UTF-8), 81 characters.
   */
  public static String keyOf(String url) {
    try {
      return "bad-entry:sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(url.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
