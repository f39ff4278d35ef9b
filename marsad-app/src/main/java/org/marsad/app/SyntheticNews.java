package org.marsad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news for benchmarks: a stream of documents about made-up events, each event reported
 * by several variations of one real article (a random subset of its sentences, in a shuffled
 * order) under a lead that names the event's own people, town and year; a fifth of the reports are
 * verbatim syndicated copies of the event's first. Deterministic for a seed. Not thread-safe.
 */
final class SyntheticNews {

  /** One synthetic report and the event it is about. */
  record Report(String id, String text, int event) {}

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "den", "sul", "vor", "tan", "bel", "qui",
      "zor", "fen", "mar", "osh", "pel", "rin", "dak", "hu", "gri", "sat"};

  private final List<String[]> articles;
  private final Random random;
  private final int meanReports;
  private int event = -1;
  private int left;
  private String[] base;
  private String lead;
  private String first;
  private int produced;

  SyntheticNews(List<String> articleTexts, long seed, int meanReports) {
    this.articles = new ArrayList<>();
    for (String t : articleTexts) {
      String[] sentences = t.split("\\n+|(?<=[.!?])\\s+(?=\\p{Lu})");
      if (sentences.length >= 4) {
        articles.add(sentences);
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no article with at least 4 sentences among " + articleTexts.size());
    }
    this.random = new Random(seed);
    this.meanReports = meanReports;
  }

  Report next() {
    if (left == 0) {
      event++;
      left = 1 + random.nextInt(2 * meanReports - 1);
      base = articles.get(random.nextInt(articles.size()));
      String town = name();
      lead = name() + " " + name() + " of " + town + " said on " + (1 + random.nextInt(28)) + " March "
          + (1990 + random.nextInt(35)) + " that " + name() + " in " + town + " was attacked. ";
      first = null;
    }
    left--;
    String text;
    if (first != null && random.nextInt(5) == 0) {
      text = first;
    } else {
      List<String> kept = new ArrayList<>();
      for (String s : base) {
        if (random.nextInt(10) < 7) {
          kept.add(s);
        }
      }
      java.util.Collections.shuffle(kept, random);
      text = lead + String.join(" ", kept);
      if (first == null) {
        first = text;
      }
    }
    return new Report("syn-" + produced++, text, event);
  }

  private String name() {
    StringBuilder sb = new StringBuilder();
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }
}
