package org.marsad.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.marsad.store.DocumentQueries;

/**
 * Full-text search over documents (title and text) with facet counts by type, country and month,
 * in a Lucene index under {@code <home>/index}. {@link #sync} adds the documents whose status the
 * pipeline set since the last sync (by {@code documents.status_seq}), so the index follows processing. Needs the directory, which
 * it locks while open. Thread-safe: searches share a refreshed searcher; syncs serialise.
 */
public final class SearchIndex implements AutoCloseable {

  /** The facet dimensions. */
  public static final List<String> DIMENSIONS = List.of("type", "country", "month");

  private static final String SEQ = "marsad.status_seq";

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = new FacetsConfig();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private volatile StateCache state = new StateCache(null, null);

  private record StateCache(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /** One matching document. */
  public record Hit(String id, String title, String published, String snippet, float score) {}

  /** A page of hits, the total, and for each dimension its labels with counts. */
  public record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {}

  private SearchIndex(Path dir) throws IOException {
    this.directory = FSDirectory.open(dir);
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
    for (String d : DIMENSIONS) {
      facets.setMultiValued(d, true);
    }
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static SearchIndex open(Path dir) {
    try {
      return new SearchIndex(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds (or replaces) the documents whose status changed since the last sync; returns how many.
   * The last status number seen is kept in the index's commit data.
   */
  public synchronized int sync(DocumentQueries documents) {
    try {
      long[] last = {lastSeq()};
      int[] added = {0};
      documents.streamIndexable(last[0], d -> {
        try {
          writer.updateDocument(new Term("id", d.id()), facets.build(document(d)));
          last[0] = Math.max(last[0], d.statusSeq());
          added[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.setLiveCommitData(Map.of(SEQ, Long.toString(last[0])).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      return added[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
    }
  }

  private long lastSeq() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(SEQ)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  private static Document document(DocumentQueries.Indexable d) {
    Document doc = new Document();
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
    doc.add(new TextField("text", d.text(), Field.Store.NO));
    String text = d.text().strip();
    doc.add(new StoredField("snippet", text.length() > 240 ? text.substring(0, 240) + "…" : text));
    if (d.published() != null) {
      doc.add(new StoredField("published", d.published()));
      doc.add(new SortedSetDocValuesFacetField("month", d.published().substring(0, 7)));
    }
    for (String t : d.types()) {
      doc.add(new SortedSetDocValuesFacetField("type", t));
    }
    for (String c : d.countries()) {
      doc.add(new SortedSetDocValuesFacetField("country", c));
    }
    return doc;
  }

  /**
   * Searches title and text for {@code q} (Lucene syntax; anything it cannot parse is searched as
   * plain words), keeping only documents with the facet values in {@code drill}.
   */
  public Result search(String q, Map<String, String> drill, int limit, int offset) {
    if (limit < 1 || limit > 100 || offset < 0 || offset > 10_000) {
      throw new IllegalArgumentException(
          "limit must be 1..100 and offset 0..10000: limit=" + limit + ", offset=" + offset);
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        DrillDownQuery query = new DrillDownQuery(facets, parse(q));
        for (var e : drill.entrySet()) {
          if (!DIMENSIONS.contains(e.getKey())) {
            throw new IllegalArgumentException("facet must be one of " + DIMENSIONS + ": " + e.getKey());
          }
          if (e.getValue() != null && !e.getValue().isBlank()) {
            query.add(e.getKey(), e.getValue());
          }
        }
        FacetsCollectorManager.FacetsResult r =
            FacetsCollectorManager.search(s, query, offset + limit, new FacetsCollectorManager());
        List<Hit> hits = new ArrayList<>();
        StoredFields stored = s.getIndexReader().storedFields();
        ScoreDoc[] docs = r.topDocs().scoreDocs;
        for (int i = offset; i < docs.length; i++) {
          Document d = stored.document(docs[i].doc);
          hits.add(new Hit(d.get("id"), d.get("title"), d.get("published"), d.get("snippet"),
              docs[i].score));
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState st = state(s.getIndexReader());
        Facets f = st == null ? null : new SortedSetDocValuesFacetCounts(st, r.facetsCollector());
        for (String dim : DIMENSIONS) {
          Map<String, Long> m = new LinkedHashMap<>();
          FacetResult fr = f == null ? null : topChildren(f, dim);
          if (fr != null) {
            for (LabelAndValue lv : fr.labelValues) {
              m.put(lv.label, lv.value.longValue());
            }
          }
          counts.put(dim, m);
        }
        return new Result(r.topDocs().totalHits.value(), hits, counts);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private static FacetResult topChildren(Facets f, String dim) throws IOException {
    try {
      return f.getTopChildren(dim.equals("month") ? 120 : 20, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    StateCache c = state;
    if (c.reader() != reader) {
      SortedSetDocValuesReaderState st;
      try {
        st = new DefaultSortedSetDocValuesReaderState(reader, facets);
      } catch (IllegalArgumentException noFacetsYet) {
        st = null;
      }
      c = new StateCache(reader, st);
      state = c;
    }
    return c.state();
  }

  private Query parse(String q) {
    if (q == null || q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
        Map.of("title", 2f, "text", 1f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(q);
    } catch (ParseException | IllegalArgumentException e) {
      try {
        return p.parse(QueryParser.escape(q));
      } catch (ParseException e2) {
        return new MatchAllDocsQuery();
      }
    }
  }

  /** Documents in the index. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
