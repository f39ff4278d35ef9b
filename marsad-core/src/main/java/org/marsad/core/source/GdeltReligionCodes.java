package org.marsad.core.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CAMEO religion codes (GDELT's Actor1Religion and Actor2Religion columns, e.g. {@code MOS},
 * {@code CHR}, {@code JEW}) whose events are GDELT leads, as a typology pack names them in its
 * {@code gdelt_religion_codes} list. The list must be non-empty and each code three upper-case
 * letters; a pack that breaks this fails on load with one line naming the pack and the offending
 * value. Immutable and thread-safe.
 *
 * @param codes the codes, in the pack's order
 */
public record GdeltReligionCodes(Set<String> codes) {

  /** The default typology pack (religion-based hatred, Islamophobia profile). */
  public static final String DEFAULT_PACK = "/org/marsad/core/typology/religion-islamophobia.json";
  /** The pack's key holding the codes. */
  public static final String KEY = "gdelt_religion_codes";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public GdeltReligionCodes {
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException(KEY + " must name at least one CAMEO religion code, e.g. \"MOS\"");
    }
    for (String code : codes) {
      if (code == null || !CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(KEY + ": a CAMEO religion code is 3 upper-case letters, not "
            + (code == null ? "null" : "\"" + code.replaceAll("\\p{Cntrl}", " ") + "\""));
      }
    }
    codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }

  private static final class Holder {
    static final GdeltReligionCodes DEFAULT = load(DEFAULT_PACK);
  }

  /**
   * The codes of the default pack, loaded once per JVM: {@code MOS SUN SHI SFI ALE} (Muslim, Sunni,
   * Shia, Sufi, Alevi).
   */
  public static GdeltReligionCodes defaults() {
    return Holder.DEFAULT;
  }

  /** Whether {@code code} (as GDELT writes it, surrounding blanks ignored) is one of the codes. */
  public boolean contains(String code) {
    return codes.contains(code.trim());
  }

  /** The codes of the pack file at {@code pack}. */
  public static GdeltReligionCodes of(Path pack) {
    try (InputStream in = Files.newInputStream(pack)) {
      return of(in, pack.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read typology pack " + pack + ": " + OneLine.of(String.valueOf(e)), e);
    }
  }

  /** The codes of the pack read from {@code in}; {@code origin} names it in errors. */
  public static GdeltReligionCodes of(InputStream in, String origin) throws IOException {
    JsonNode pack;
    try {
      pack = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(origin + ": not JSON: " + OneLine.of(e.getOriginalMessage()), e);
    }
    return of(pack, origin);
  }

  /** The codes of a parsed pack; {@code origin} names it in errors. */
  public static GdeltReligionCodes of(JsonNode pack, String origin) {
    JsonNode list = pack == null ? null : pack.get(KEY);
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(origin + ": " + KEY + " must be a list of CAMEO religion codes, e.g. "
          + "[\"MOS\"], not " + (list == null ? "missing" : OneLine.of(list.toString())));
    }
    List<String> codes = new ArrayList<>();
    for (JsonNode c : list) {
      if (!c.isTextual()) {
        throw new IllegalArgumentException(origin + ": " + KEY + ": a CAMEO religion code is 3 upper-case letters, "
            + "not " + OneLine.of(c.toString()));
      }
      codes.add(c.asText());
    }
    try {
      return new GdeltReligionCodes(new LinkedHashSet<>(codes));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
    }
  }

  private static GdeltReligionCodes load(String resource) {
    try (InputStream in = GdeltReligionCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("typology pack not found on the class path: " + resource);
      }
      return of(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read typology pack " + resource, e);
    }
  }
}
