package org.marsad.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.marsad.core.dedup.ClustererConfig;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.domain.ExtractedRecord;
import org.marsad.flink.format.DedupJson;

/**
 * Near-duplicate detection of the job, with the embedded host's rule: a document whose MinHash
 * sketch shares an LSH band with an earlier one and whose estimated Jaccard similarity with it is
 * at least {@link ClustererConfig#nearDuplicate()} copies it (the best such; a copy points at the
 * first original, never at another copy). Sketches and band buckets live in keyed state for
 * {@value ExpiringState#DAYS} days after they were written; the job keys every document to one key, so
 * each document is compared with all earlier ones, in arrival order. A document seen again gets
 * its first decision. Emits the decision on {@link #DEDUP} (keyed by document) and the document's
 * records per (kind, type), in their order ({@link DedupJson.Group}, keyed by {@code kind/type}).
 */
final class NearDuplicates extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {

  static final OutputTag<Tuple2<String, String>> DEDUP = new OutputTag<>("dedup", KeyedJson.TYPE);
  private static final double NEAR_DUPLICATE = ClustererConfig.defaults().nearDuplicate();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** document id → {"minhash": [...], "original": id or null, "jaccard": j} */
  private transient MapState<String, String> sketches;
  /** band key → the ids of the documents in that bucket, space-separated */
  private transient MapState<Long, String> buckets;

  @Override
  public void open(OpenContext context) {
    sketches = getRuntimeContext().getMapState(ExpiringState.map("sketches", Types.STRING, Types.STRING));
    buckets = getRuntimeContext().getMapState(ExpiringState.map("buckets", Types.LONG, Types.STRING));
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out)
      throws Exception {
    DedupJson.Stored doc = DedupJson.Stored.read(in.f1);
    DedupJson.Dedup dedup = decide(doc);
    ctx.output(DEDUP, KeyedJson.of(doc.documentId(), dedup.write()));
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < doc.records().size(); i++) {
      ExtractedRecord r = doc.records().get(i);
      groups.computeIfAbsent(r.kind().id() + "/" + r.type(), k -> new ArrayList<>()).add(i);
    }
    groups.forEach((key, ordinals) -> out.collect(KeyedJson.of(key, new DedupJson.Group(dedup, ordinals,
        ordinals.stream().map(doc.records()::get).toList()).write())));
  }

  private DedupJson.Dedup decide(DedupJson.Stored doc) throws Exception {
    String id = doc.documentId();
    String known = sketches.get(id);
    if (known != null) {
      var o = MAPPER.readTree(known);
      String original = o.path("original").isNull() ? null : o.path("original").asText();
      return new DedupJson.Dedup(id, doc.records().size(), original, o.path("jaccard").asDouble());
    }
    long[] signature = doc.signature();
    long[] bands = MinHasher.bands(signature);
    String best = null;
    double bestJaccard = 0;
    for (long band : bands) {
      String members = buckets.get(band);
      if (members == null) {
        continue;
      }
      for (String other : members.split(" ")) {
        String json = sketches.get(other);
        if (json == null || other.equals(id)) {
          continue; // expired
        }
        var o = MAPPER.readTree(json);
        String copyOf = o.path("original").isNull() ? null : o.path("original").asText();
        if (id.equals(copyOf)) {
          continue; // a copy of this document
        }
        double j = MinHasher.jaccard(signature, longs(o.path("minhash")));
        if (j >= NEAR_DUPLICATE && (best == null || j > bestJaccard)) {
          best = copyOf != null ? copyOf : other;
          bestJaccard = j;
        }
      }
    }
    ObjectNode sketch = MAPPER.createObjectNode();
    var arr = sketch.putArray("minhash");
    for (long v : signature) {
      arr.add(v);
    }
    sketch.put("original", best);
    sketch.put("jaccard", bestJaccard);
    sketches.put(id, sketch.toString());
    if (signature[0] != Long.MAX_VALUE) { // a text without words is nobody's copy or original
      for (long band : bands) {
        StringBuilder kept = new StringBuilder();
        String members = buckets.get(band);
        for (String other : members == null ? new String[0] : members.split(" ")) {
          if (sketches.contains(other)) { // the expired leave
            kept.append(other).append(' ');
          }
        }
        buckets.put(band, kept.append(id).toString());
      }
    }
    return new DedupJson.Dedup(id, doc.records().size(), best, best == null ? 0 : bestJaccard);
  }

  private static long[] longs(com.fasterxml.jackson.databind.JsonNode a) {
    long[] v = new long[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asLong();
    }
    return v;
  }
}
