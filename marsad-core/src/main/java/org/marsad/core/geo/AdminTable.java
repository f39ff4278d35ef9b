package org.marsad.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.domain.Place;

/**
 * The administrative areas of the gazetteer: states, provinces, regions and districts of every
 * country and the counties of the United States, each with a point, a population estimate, the
 * GeoNames admin1 code its places carry, and indexes from its names, abbreviations ("W.Va.") and
 * demonyms ("Texan"). Reads {@code admins.tsv.gz} (format v1, see tools/derive-gazetteer.mjs).
 * Immutable and thread-safe once read.
 */
final class AdminTable {

  static final String HEADER =
      "id\tname\taliases\talternates\tabbreviations\tdemonyms\tcountry\tadmin1\tlevel\tlat\tlon\tpopulation";

  /** How a key names an area, stored in the low two bits of an index value. */
  static final int NAME = 0;

  static final int ALTERNATE = 1;
  static final int ABBREVIATION = 2;
  static final int DEMONYM = 3;

  private final List<Place> places;
  private final int[] level;
  private final NameIndex index;

  private AdminTable(List<Place> places, int[] level, NameIndex index) {
    this.places = List.copyOf(places);
    this.level = level;
    this.index = index;
  }

  /** Reads the table; fails with the line number on a malformed line. */
  static AdminTable read(BufferedReader in, String source) throws IOException {
    TsvReader tsv = new TsvReader(in, source, HEADER);
    List<Place> places = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    NameIndex.Builder names = new NameIndex.Builder();
    for (String[] f = tsv.next(); f != null; f = tsv.next()) {
      int row = places.size();
      long level = tsv.parseLong(f[8], "level");
      if (level < 1 || level > 2) {
        throw tsv.error("level must be 1 or 2: " + f[8]);
      }
      try {
        places.add(
            new Place(
                "admin:" + f[0],
                f[1],
                f[6],
                f[7],
                tsv.parseDouble(f[9], "lat"),
                tsv.parseDouble(f[10], "lon"),
                tsv.parseLong(f[11], "population"),
                Place.Kind.ADMIN));
      } catch (IllegalArgumentException e) {
        throw tsv.error(e.getMessage());
      }
      levels.add((int) level);
      List<String> seen = new ArrayList<>();
      add(names, seen, f[1], row, NAME);
      for (String alias : TsvReader.list(f[2])) {
        add(names, seen, alias, row, NAME);
      }
      for (String alternate : TsvReader.list(f[3])) {
        add(names, seen, alternate, row, ALTERNATE);
      }
      for (String abbreviation : TsvReader.list(f[4])) {
        add(names, new ArrayList<>(), abbreviation, row, ABBREVIATION);
      }
      for (String demonym : TsvReader.list(f[5])) {
        add(names, new ArrayList<>(), demonym, row, DEMONYM);
      }
    }
    return new AdminTable(places, levels.stream().mapToInt(Integer::intValue).toArray(), names.build());
  }

  private static void add(NameIndex.Builder names, List<String> seen, String text, int row, int how) {
    String key = NameKey.of(text);
    if (!key.isEmpty() && !seen.contains(key)) {
      seen.add(key);
      names.add(key, row << 2 | how);
    }
  }

  /** Rows bearing the key, each as {@code row << 2 | how} ({@link #NAME} ... {@link #DEMONYM}). */
  int[] lookup(String key) {
    return index.get(key);
  }

  Place place(int row) {
    return places.get(row);
  }

  /** 1 for a state, province or the like, 2 for a county. */
  int level(int row) {
    return level[row];
  }

  int size() {
    return places.size();
  }
}
