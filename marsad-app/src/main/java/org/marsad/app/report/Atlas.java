package org.marsad.app.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Country names (the gazetteer's {@code countries.tsv} in marsad-core) and the report's region of
 * each country ({@code regions.tsv} beside this class, derived from world-countries by
 * tools/derive-report-regions.py). Immutable and thread-safe; load once with {@link #shared()}.
 */
final class Atlas {

  static final String OTHER = "other";
  static final String UNKNOWN = "unknown";

  private final Map<String, String> names;
  private final Map<String, String> regions;

  private Atlas(Map<String, String> names, Map<String, String> regions) {
    this.names = Map.copyOf(names);
    this.regions = Map.copyOf(regions);
  }

  static Atlas shared() {
    return Holder.INSTANCE;
  }

  /** The country's English name, else its code, else empty for an empty code. */
  String countryName(String alpha2) {
    return alpha2.isEmpty() ? "" : names.getOrDefault(alpha2, alpha2);
  }

  /** The report region id of the country; {@code unknown} when no country is known. */
  String region(String alpha2) {
    return alpha2.isEmpty() ? UNKNOWN : regions.getOrDefault(alpha2, OTHER);
  }

  private static final class Holder {
    static final Atlas INSTANCE = load();
  }

  private static Atlas load() {
    Map<String, String> names = new HashMap<>();
    table("/org/marsad/core/geo/countries.tsv", names, 1);
    Map<String, String> regions = new HashMap<>();
    table("/org/marsad/app/report/regions.tsv", regions, 1);
    return new Atlas(names, regions);
  }

  private static void table(String resource, Map<String, String> into, int column) {
    try (InputStream in = Atlas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length <= column) {
          throw new IllegalStateException("malformed line in " + resource + ": " + line);
        }
        into.put(f[0], f[column]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
