package org.marsad.core.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores emitted records against gold records with the rule of shared/seeds/README.md: each
 * required record matches at most one emitted record of its file (first fit); an emitted record
 * counts as correct when it matched a required one or fits an optional one (kind, type, actors).
 * Stateless and thread-safe.
 */
public final class GoldScorer {

  /** One file's gold: the records required and the ones allowed. */
  public record FileGold(List<GoldRecord> required, List<GoldRecord> optional) {}

  /** What scoring found for one file. */
  public record FileScore(String file, int required, int matched, int emitted, int correct,
      List<GoldRecord> missed, List<EmittedRecord> extra) {}

  /** The totals over all files. */
  public record Score(int required, int matched, int emitted, int correct, boolean negativesClean,
      List<FileScore> files) {

    public double recall() {
      return required == 0 ? 1.0 : (double) matched / required;
    }

    public double precision() {
      return emitted == 0 ? 1.0 : (double) correct / emitted;
    }
  }

  private GoldScorer() {}

  public static Score score(Map<String, FileGold> gold, Map<String, List<EmittedRecord>> emitted) {
    List<FileScore> files = new ArrayList<>();
    int required = 0;
    int matched = 0;
    int emittedCount = 0;
    int correct = 0;
    boolean negativesClean = true;
    for (Map.Entry<String, FileGold> e : gold.entrySet()) {
      FileScore fs = scoreFile(e.getKey(), e.getValue(), emitted.getOrDefault(e.getKey(), List.of()));
      files.add(fs);
      required += fs.required();
      matched += fs.matched();
      emittedCount += fs.emitted();
      correct += fs.correct();
      if (e.getValue().required().isEmpty() && fs.emitted() > 0) {
        negativesClean = false;
      }
    }
    return new Score(required, matched, emittedCount, correct, negativesClean, files);
  }

  static FileScore scoreFile(String file, FileGold gold, List<EmittedRecord> emitted) {
    boolean[] used = new boolean[emitted.size()];
    List<GoldRecord> missed = new ArrayList<>();
    int matched = 0;
    for (GoldRecord g : gold.required()) {
      int hit = -1;
      for (int i = 0; i < emitted.size() && hit < 0; i++) {
        if (!used[i] && matchesRequired(g, emitted.get(i))) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        matched++;
      } else {
        missed.add(g);
      }
    }
    int correct = 0;
    List<EmittedRecord> extra = new ArrayList<>();
    for (int i = 0; i < emitted.size(); i++) {
      EmittedRecord r = emitted.get(i);
      if (used[i] || gold.optional().stream().anyMatch(o -> matchesOptional(o, r))) {
        correct++;
      } else {
        extra.add(r);
      }
    }
    return new FileScore(file, gold.required().size(), matched, emitted.size(), correct, missed, extra);
  }

  static boolean matchesRequired(GoldRecord g, EmittedRecord r) {
    return matchesOptional(g, r) && dateFits(g, r) && (g.country() == null || g.country().equals(r.country()));
  }

  static boolean matchesOptional(GoldRecord g, EmittedRecord r) {
    return g.kind().equals(r.kind()) && g.types().contains(r.type()) && actorsFit(g, r);
  }

  private static boolean dateFits(GoldRecord g, EmittedRecord r) {
    if (g.dateFrom() == null) {
      return true;
    }
    return within(r.date(), g.dateFrom(), g.dateTo()) || within(r.dateEnd(), g.dateFrom(), g.dateTo());
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }

  private static boolean actorsFit(GoldRecord g, EmittedRecord r) {
    if (g.actors().isEmpty()) {
      return true;
    }
    for (String wanted : g.actors()) {
      String w = wanted.toLowerCase(Locale.ROOT);
      for (String hay : r.haystack()) {
        if (hay.toLowerCase(Locale.ROOT).contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
