package org.marsad.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import org.marsad.core.domain.Place;

/**
 * The populated places of the gazetteer (GeoNames cities500) held column-wise in arrays, with a
 * {@link NameIndex} from every name, ASCII name and kept alternate name to the rows that bear it.
 * Reads {@code places.tsv.gz} (format v1, see tools/derive-gazetteer.mjs). Immutable and thread-safe
 * once read.
 */
final class PlaceTable {

  static final String HEADER =
      "geonameid\tname\tasciiname\talternatenames\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature";

  /** Coordinates are stored as integers of 1/10,000 degree, the precision of the resource. */
  private static final int SCALE = 10_000;

  private final int[] geonameId;
  private final String[] name;
  private final String[] country;
  private final String[] admin1;
  private final String[] feature;
  private final int[] lat;
  private final int[] lon;
  private final int[] population;
  private final NameIndex index;

  private PlaceTable(Columns c, int size, NameIndex index) {
    this.geonameId = Arrays.copyOf(c.geonameId, size);
    this.name = Arrays.copyOf(c.name, size);
    this.country = Arrays.copyOf(c.country, size);
    this.admin1 = Arrays.copyOf(c.admin1, size);
    this.feature = Arrays.copyOf(c.feature, size);
    this.lat = Arrays.copyOf(c.lat, size);
    this.lon = Arrays.copyOf(c.lon, size);
    this.population = Arrays.copyOf(c.population, size);
    this.index = index;
  }

  /** Reads the table; fails with the line number on a malformed line. */
  static PlaceTable read(BufferedReader in, String source) throws IOException {
    TsvReader tsv = new TsvReader(in, source, HEADER);
    Columns c = new Columns();
    Map<String, String> pool = new HashMap<>();
    NameIndex.Builder names = new NameIndex.Builder();
    List<String> seen = new ArrayList<>();
    int row = 0;
    for (String[] f = tsv.next(); f != null; f = tsv.next()) {
      c.ensure(row);
      c.geonameId[row] = (int) tsv.parseLong(f[0], "geonameid");
      c.name[row] = f[1];
      c.country[row] = pool.computeIfAbsent(f[4], k -> k);
      c.admin1[row] = pool.computeIfAbsent(f[5], k -> k);
      c.feature[row] = pool.computeIfAbsent(f[9], k -> k);
      c.lat[row] = scaled(tsv, f[6], 90, "lat");
      c.lon[row] = scaled(tsv, f[7], 180, "lon");
      long pop = tsv.parseLong(f[8], "population");
      if (pop < 0 || pop > Integer.MAX_VALUE) {
        throw tsv.error("population out of range: " + pop);
      }
      c.population[row] = (int) pop;
      if (f[1].isEmpty() || !isCountryCode(f[4])) {
        throw tsv.error("needs a name and an ISO country code: name=" + f[1] + ", country=" + f[4]);
      }
      // A row's keys are few: a list finds repeats faster than a set.
      seen.clear();
      indexName(names, seen, f[1], row, false);
      indexName(names, seen, f[2], row, false);
      if (!f[3].isEmpty()) {
        for (String alternate : TsvReader.list(f[3])) {
          indexName(names, seen, alternate, row, true);
        }
      }
      row++;
    }
    return new PlaceTable(c, row, names.build());
  }

  private static void indexName(
      NameIndex.Builder names, List<String> seen, String text, int row, boolean alternate) {
    if (text.isEmpty()) {
      return;
    }
    String key = NameKey.of(text);
    if (!key.isEmpty() && !seen.contains(key)) {
      seen.add(key);
      names.add(key, row << 1 | (alternate ? 1 : 0));
    }
  }

  private static boolean isCountryCode(String s) {
    return s.length() == 2
        && s.charAt(0) >= 'A'
        && s.charAt(0) <= 'Z'
        && s.charAt(1) >= 'A'
        && s.charAt(1) <= 'Z';
  }

  /**
   * Parses degrees with at most four decimals into units of 1/10,000 degree, without going through
   * {@code double} (the fast path of a load that parses 400,000 of them).
   */
  static int scaled(TsvReader tsv, String field, int limit, String what) {
    int i = field.startsWith("-") ? 1 : 0;
    long units = 0;
    int decimals = -1;
    for (; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '.' && decimals < 0) {
        decimals = 0;
      } else if (c >= '0' && c <= '9' && decimals < 4 && units < 100_000_000L) {
        units = units * 10 + (c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else {
        throw tsv.error(what + " is not a number of degrees with at most 4 decimals: " + field);
      }
    }
    if (field.isEmpty() || field.equals("-") || field.equals(".") || field.equals("-.")) {
      throw tsv.error(what + " is not a number of degrees with at most 4 decimals: " + field);
    }
    for (int d = Math.max(decimals, 0); d < 4; d++) {
      units *= 10;
    }
    if (units > limit * (long) SCALE) {
      throw tsv.error(what + " out of range: " + field);
    }
    return (int) (field.startsWith("-") ? -units : units);
  }

  /** Rows bearing the name key, each as {@code row << 1 | 1 if matched by an alternate name}. */
  int[] lookup(String key) {
    return index.get(key);
  }

  int size() {
    return geonameId.length;
  }

  /** The number of distinct name keys indexed. */
  int nameKeys() {
    return index.keys();
  }

  /** The place in {@code row}, as a domain record. */
  Place place(int row) {
    return new Place(
        Integer.toString(geonameId[row]),
        name[row],
        country[row],
        admin1[row],
        lat[row] / (double) SCALE,
        lon[row] / (double) SCALE,
        population[row],
        Place.Kind.CITY);
  }

  /** The GeoNames feature code of {@code row}, such as PPLC (a capital) or PPLA (a first-level seat). */
  String feature(int row) {
    return feature[row];
  }

  /** Growable columns while reading. */
  private static final class Columns {
    int[] geonameId = new int[0];
    String[] name = new String[0];
    String[] country = new String[0];
    String[] admin1 = new String[0];
    String[] feature = new String[0];
    int[] lat = new int[0];
    int[] lon = new int[0];
    int[] population = new int[0];

    void ensure(int row) {
      if (row < geonameId.length) {
        return;
      }
      int n = Math.max(1024, geonameId.length * 2);
      geonameId = Arrays.copyOf(geonameId, n);
      name = Arrays.copyOf(name, n);
      country = Arrays.copyOf(country, n);
      admin1 = Arrays.copyOf(admin1, n);
      feature = Arrays.copyOf(feature, n);
      lat = Arrays.copyOf(lat, n);
      lon = Arrays.copyOf(lon, n);
      population = Arrays.copyOf(population, n);
    }
  }
}
