package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Online, incremental same-event clustering of documents: each arriving document joins the event
 * (cluster) it best matches, or starts a new one; no number of events is given.
 *
 * <p>A near-duplicate (MinHash LSH, {@link MinHasher}) joins its original's event at once. Else
 * the candidate events are those indexed under the document's heaviest TF-IDF terms (blocking:
 * never all pairs), and each is scored by average linkage, kept exact and cheap by summing its
 * members' unit vectors: {@code (1 - w) * words + w * names - p * yearConflict}, where words and
 * names are the mean cosines of the document with the event's documents on content words and on
 * names, and yearConflict the share of them that name another year. The best at or above the
 * threshold wins. Term weights use the document frequencies seen so far.
 *
 * <p>Needs {@link TextFeatures} (from {@link TextFeaturizer}) and the text for shingling. Gives an
 * {@link Assignment} per document. Memory and time per document are bounded by the candidate
 * index's caps, so cost grows linearly with the number of documents. Not thread-safe: one thread
 * at a time (the order of arrival is part of the result).
 */
public final class EventClusterer {

  /** Least names similarity with which a document naming someone joins an event that does. */
  static final double MIN_NAMES = 0.1;

  /** Candidate events scored per document. */
  static final int MAX_CANDIDATES = 64;

  private final ClustererConfig config;
  private final TermStatistics words = new TermStatistics();
  private final TermStatistics names = new TermStatistics();
  private final NearDuplicateIndex nearDuplicates;
  private final List<Cluster> clusters = new ArrayList<>();
  /** Union-find over events: a merged event points at the event that absorbed it. */
  private final List<Integer> parent = new ArrayList<>();
  private final Map<String, Integer> eventOf = new HashMap<>();
  /** term key (words even, names odd) -> latest events holding it among their heavy terms. */
  private final Map<Integer, int[]> postings = new HashMap<>();

  private static final class Cluster {
    SparseVector words = SparseVector.EMPTY;
    SparseVector names = SparseVector.EMPTY;
    int size;
    final Map<Integer, Integer> years = new HashMap<>();
    final Set<Integer> indexed = new java.util.HashSet<>();
  }

  private EventClusterer(ClustererConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.nearDuplicates = new NearDuplicateIndex(config.nearDuplicate());
  }

  public static EventClusterer create(ClustererConfig config) {
    return new EventClusterer(config);
  }

  /** Events now: those started, less those merged into others. */
  public int events() {
    int n = 0;
    for (Cluster c : clusters) {
      if (c != null) {
        n++;
      }
    }
    return n;
  }

  /** The event document {@code documentId} went to, if it has arrived. */
  public Optional<Integer> eventOf(String documentId) {
    Integer e = eventOf.get(documentId);
    return e == null ? Optional.empty() : Optional.of(root(e));
  }

  private int root(int e) {
    while (parent.get(e) != e) {
      parent.set(e, parent.get(parent.get(e)));
      e = parent.get(e);
    }
    return e;
  }

  /**
   * Counts a background document in the term statistics only (it joins no event), so that term
   * weights are sound from the first arrival: e.g. earlier news, or a training split.
   */
  public void prime(TextFeatures background) {
    words.count(background.words());
    names.count(background.names());
  }

  /**
   * Adds one document.
   *
   * @throws IllegalArgumentException when a document with this id has already arrived
   */
  public Assignment add(String documentId, String text, TextFeatures features) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(features, "features");
    if (eventOf.containsKey(documentId)) {
      throw new IllegalArgumentException("document already clustered: id=" + documentId);
    }
    long[] signature = MinHasher.signature(text);
    Optional<NearDuplicateIndex.Near> near = nearDuplicates.nearest(signature);
    nearDuplicates.add(documentId, signature);
    words.count(features.words());
    names.count(features.names());
    SparseVector w = words.vector(features.words());
    SparseVector n = names.vector(features.names());
    List<Integer> candidates = candidates(w, n);
    Assignment a;
    if (near.isPresent()) {
      int event = root(eventOf.get(near.get().documentId()));
      a = new Assignment(documentId, event, "near_duplicate", near.get().jaccard(), near.get().documentId());
    } else {
      a = best(documentId, w, n, features.year(), candidates);
    }
    join(a.event(), w, n, features.year());
    eventOf.put(documentId, a.event());
    List<Integer> merged = mergeAround(a.event(), candidates);
    return merged.isEmpty() ? a : a.withMerged(merged);
  }

  private Assignment best(String documentId, SparseVector w, SparseVector n, int year, List<Integer> candidates) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] parts = null;
    for (int c : candidates) {
      Cluster cl = clusters.get(c);
      double ws = w.dot(cl.words) / cl.size;
      double ns = n.dot(cl.names) / cl.size;
      double conflict = 0;
      if (year != 0) {
        int other = 0;
        for (var e : cl.years.entrySet()) {
          if (e.getKey() != year) {
            other += e.getValue();
          }
        }
        conflict = other / (double) cl.size;
      }
      double s = (1 - config.nameWeight()) * ws + config.nameWeight() * ns - config.yearPenalty() * conflict;
      if (n.size() > 0 && cl.names.size() > 0 && ns < MIN_NAMES) {
        continue; // both name people and places, and not the same ones: not the same event
      }
      if (s > bestScore) {
        bestScore = s;
        best = c;
        parts = new double[] {ws, ns, conflict};
      }
    }
    if (best >= 0 && bestScore >= config.threshold()) {
      String signal = String.format(Locale.ROOT, "same_event:words=%.2f,names=%.2f,year=%.2f",
          parts[0], parts[1], parts[2]);
      return new Assignment(documentId, best, signal, bestScore, null);
    }
    clusters.add(new Cluster());
    parent.add(clusters.size() - 1);
    return new Assignment(documentId, clusters.size() - 1, "new", 0, null);
  }

  /**
   * The events indexed under the document's heaviest terms, those sharing the most terms first, at
   * most {@link #MAX_CANDIDATES}: the bound that keeps the cost per document constant.
   */
  private List<Integer> candidates(SparseVector w, SparseVector n) {
    Map<Integer, Integer> hits = new HashMap<>();
    for (int key : heavy(w, n)) {
      int[] list = postings.get(key);
      if (list != null) {
        for (int i = 1; i <= list[0]; i++) {
          hits.merge(root(list[i]), 1, Integer::sum);
        }
      }
    }
    List<Integer> out = new ArrayList<>(hits.keySet());
    if (out.size() > MAX_CANDIDATES) {
      out.sort((a, b) -> hits.get(b) != hits.get(a).intValue()
          ? Integer.compare(hits.get(b), hits.get(a)) : Integer.compare(b, a));
      out = new ArrayList<>(out.subList(0, MAX_CANDIDATES));
    }
    return out;
  }

  /** The keys of the heaviest terms of a document, words and names together. */
  private int[] heavy(SparseVector w, SparseVector n) {
    int total = w.size() + n.size();
    long[] ranked = new long[total];
    for (int i = 0; i < w.size(); i++) {
      ranked[i] = rank(w.values[i], w.ids[i] * 2);
    }
    for (int i = 0; i < n.size(); i++) {
      ranked[w.size() + i] = rank(n.values[i], n.ids[i] * 2 + 1);
    }
    Arrays.sort(ranked);
    int k = Math.min(config.candidateTerms(), total);
    int[] keys = new int[k];
    for (int i = 0; i < k; i++) {
      keys[i] = (int) (ranked[i] & 0xFFFFFFFFL);
    }
    return keys;
  }

  /** Sorts heavier first: the weight's bits inverted above the key. */
  private static long rank(float weight, int key) {
    return ((long) (Integer.MAX_VALUE - Float.floatToIntBits(weight)) << 32) | (key & 0xFFFFFFFFL);
  }

  /**
   * Average linkage between whole events, exact from the sums: after {@code event} grew, merges
   * into it every event among the document's candidates whose linkage with it reaches the
   * threshold, so that two events
   * started apart (before the documents that tie them arrived) come together.
   */
  private List<Integer> mergeAround(int event, List<Integer> candidates) {
    List<Integer> merged = new ArrayList<>();
    boolean again = true;
    while (again) {
      again = false;
      Cluster a = clusters.get(event);
      int best = -1;
      double bestScore = config.threshold();
      for (int c : candidates) {
        int o = root(c);
        if (o == event) {
          continue;
        }
        Cluster b = clusters.get(o);
        double pairs = (double) a.size * b.size;
        double ns = a.names.dot(b.names) / pairs;
        if (a.names.size() > 0 && b.names.size() > 0 && ns < MIN_NAMES) {
          continue;
        }
        double s = (1 - config.nameWeight()) * a.words.dot(b.words) / pairs
            + config.nameWeight() * ns
            - config.yearPenalty() * yearConflict(a, b) / pairs;
        if (s >= bestScore && (best < 0 || s > bestScore)) {
          best = o;
          bestScore = s;
        }
      }
      if (best >= 0) {
        absorb(event, best);
        merged.add(best);
        again = true;
      }
    }
    return merged;
  }

  /** Pairs of documents, one in each event, that name different years. */
  private static double yearConflict(Cluster a, Cluster b) {
    double n = 0;
    for (var x : a.years.entrySet()) {
      for (var y : b.years.entrySet()) {
        if (!x.getKey().equals(y.getKey())) {
          n += (double) x.getValue() * y.getValue();
        }
      }
    }
    return n;
  }

  private void absorb(int into, int from) {
    Cluster a = clusters.get(into);
    Cluster b = clusters.get(from);
    a.words = a.words.plus(b.words);
    a.names = a.names.plus(b.names);
    a.size += b.size;
    b.years.forEach((y, c) -> a.years.merge(y, c, Integer::sum));
    for (int key : b.indexed) {
      if (a.indexed.add(key)) {
        post(key, into);
      }
    }
    parent.set(from, into);
    clusters.set(from, null);
  }

  private void join(int event, SparseVector w, SparseVector n, int year) {
    Cluster c = clusters.get(event);
    c.words = c.words.plus(w);
    c.names = c.names.plus(n);
    c.size++;
    if (year != 0) {
      c.years.merge(year, 1, Integer::sum);
    }
    for (int key : heavy(w, n)) {
      if (c.indexed.add(key)) {
        post(key, event);
      }
    }
  }

  private void post(int key, int event) {
    int[] list = postings.get(key);
    if (list == null) {
      list = new int[5];
    } else if (list[0] + 1 >= list.length) {
      if (list[0] >= config.maxPostings()) { // keep the latest: drop the oldest
        System.arraycopy(list, 2, list, 1, list[0] - 1);
        list[0]--;
      } else {
        list = Arrays.copyOf(list, Math.min(list.length * 2, config.maxPostings() + 1));
      }
    }
    list[++list[0]] = event;
    postings.put(key, list);
  }
}
