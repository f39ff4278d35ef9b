package org.marsad.core.geo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the {@link Gazetteer} from the resources under {@code org/marsad/core/geo/} on the class
 * path: {@code places.tsv.gz}, {@code countries.tsv}, {@code admins.tsv.gz} and {@code
 * common-words.txt}. A missing or
 * malformed resource fails the load with its name. Stateless and thread-safe.
 */
final class GazetteerResources {

  private static final Logger LOG = LoggerFactory.getLogger(GazetteerResources.class);
  static final String PLACES = "places.tsv.gz";
  static final String COUNTRIES = "countries.tsv";
  static final String COMMON_WORDS = "common-words.txt";
  static final String ADMINS = "admins.tsv.gz";

  private GazetteerResources() {}

  static Gazetteer load() {
    long start = System.nanoTime();
    try {
      PlaceTable places;
      try (BufferedReader in = open(PLACES, true)) {
        places = PlaceTable.read(in, PLACES);
      }
      CountryTable countries;
      try (BufferedReader in = open(COUNTRIES, false)) {
        countries = CountryTable.read(in, COUNTRIES);
      }
      Set<String> words;
      try (BufferedReader in = open(COMMON_WORDS, false)) {
        words = readWords(in);
      }
      AdminTable admins;
      try (BufferedReader in = open(ADMINS, true)) {
        admins = AdminTable.read(in, ADMINS);
      }
      Gazetteer gazetteer = new Gazetteer(places, countries, admins, words);
      LOG.info(
          "gazetteer loaded: {} places under {} names, {} countries, {} admin areas, {} common words in {} ms",
          places.size(),
          places.nameKeys(),
          countries.size(),
          admins.size(),
          words.size(),
          (System.nanoTime() - start) / 1_000_000);
      return gazetteer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resources: " + e.getMessage(), e);
    }
  }

  /** The normalised words of a word list, one per line, {@code #} starting a comment line. */
  static Set<String> readWords(BufferedReader in) throws IOException {
    Set<String> words = new HashSet<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String key = NameKey.of(line);
      if (!line.startsWith("#") && !key.isEmpty()) {
        words.add(key);
      }
    }
    return words;
  }

  private static BufferedReader open(String name, boolean gzip) throws IOException {
    InputStream raw = GazetteerResources.class.getResourceAsStream(name);
    if (raw == null) {
      throw new IOException("resource missing: org/marsad/core/geo/" + name);
    }
    InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, UTF_8), 1 << 16);
  }
}
