package org.marsad.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.core.domain.Place;

/**
 * The countries of the gazetteer: ISO 3166-1 alpha-2 code, display name, a representative point and
 * population, with indexes from every name or alias and from every demonym to the code. Reads
 * {@code countries.tsv} (format v1, see tools/derive-gazetteer.mjs), which guarantees that each
 * alias and each demonym names one country. Immutable and thread-safe once read.
 */
final class CountryTable {

  static final String HEADER = "alpha2\tname\taliases\tdemonyms\tlat\tlon\tpopulation";

  private final Map<String, Place> byCode;
  private final Map<String, String> codeByName;
  private final Map<String, String> codeByDemonym;

  private CountryTable(
      Map<String, Place> byCode, Map<String, String> codeByName, Map<String, String> codeByDemonym) {
    this.byCode = byCode;
    this.codeByName = codeByName;
    this.codeByDemonym = codeByDemonym;
  }

  /** Reads the table; fails with the line number on a malformed line or an ambiguous alias. */
  static CountryTable read(BufferedReader in, String source) throws IOException {
    TsvReader tsv = new TsvReader(in, source, HEADER);
    Map<String, Place> byCode = new TreeMap<>();
    Map<String, String> codeByName = new HashMap<>();
    Map<String, String> codeByDemonym = new HashMap<>();
    for (String[] f = tsv.next(); f != null; f = tsv.next()) {
      String code = f[0];
      Place country;
      try {
        country =
            new Place(
                "country:" + code,
                f[1],
                code,
                "",
                tsv.parseDouble(f[4], "lat"),
                tsv.parseDouble(f[5], "lon"),
                tsv.parseLong(f[6], "population"),
                Place.Kind.COUNTRY);
      } catch (IllegalArgumentException e) {
        throw tsv.error(e.getMessage());
      }
      if (byCode.put(code, country) != null) {
        throw tsv.error("country listed twice: " + code);
      }
      put(tsv, codeByName, f[1], code);
      for (String alias : TsvReader.list(f[2])) {
        put(tsv, codeByName, alias, code);
      }
      for (String demonym : TsvReader.list(f[3])) {
        put(tsv, codeByDemonym, demonym, code);
      }
    }
    return new CountryTable(Map.copyOf(byCode), Map.copyOf(codeByName), Map.copyOf(codeByDemonym));
  }

  private static void put(TsvReader tsv, Map<String, String> index, String text, String code) {
    String key = NameKey.of(text);
    if (key.isEmpty()) {
      return;
    }
    String previous = index.putIfAbsent(key, code);
    if (previous != null && !previous.equals(code)) {
      throw tsv.error("'" + text + "' names both " + previous + " and " + code);
    }
  }

  Optional<Place> byCode(String alpha2) {
    return Optional.ofNullable(byCode.get(alpha2));
  }

  /** The code of the country whose name or alias has this key. */
  Optional<String> codeOfName(String key) {
    return Optional.ofNullable(codeByName.get(key));
  }

  /** The code of the country whose demonym has this key. */
  Optional<String> codeOfDemonym(String key) {
    return Optional.ofNullable(codeByDemonym.get(key));
  }

  int size() {
    return byCode.size();
  }
}
