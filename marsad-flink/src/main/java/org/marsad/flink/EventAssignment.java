package org.marsad.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.core.dedup.RecordMatcher;
import org.marsad.flink.format.DedupJson;

/**
 * Event assignment of the job, keyed by {@code kind/type}: runs {@link EventState} over keyed state
 * on each {@link DedupJson.Group} and emits the group's {@link DedupJson.Assigned}, keyed by
 * document. Records of another kind or type never report the same event, so keys never need each
 * other. Events and decisions are kept {@value ExpiringState#DAYS} days after they were last written.
 */
final class EventAssignment extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {

  private transient EventState state;
  private transient Counter created;

  @Override
  public void open(OpenContext context) {
    state = new EventState(
        table(getRuntimeContext().getMapState(ExpiringState.map("events", Types.LONG, Types.STRING))),
        table(getRuntimeContext().getMapState(ExpiringState.map("documents", Types.STRING, Types.STRING))),
        table(getRuntimeContext().getMapState(ExpiringState.map("days", Types.LONG, Types.STRING))),
        RecordMatcher.standard());
    created = getRuntimeContext().getMetricGroup().counter("events_created");
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out)
      throws Exception {
    DedupJson.Group g = DedupJson.Group.read(in.f1);
    List<DedupJson.Assignment> a = state.assign(g);
    created.inc(a.stream().filter(x -> x.signal().equals("new")).count());
    String doc = g.dedup().documentId();
    out.collect(KeyedJson.of(doc, new DedupJson.Assigned(doc, a).write()));
  }

  private static <K, V> EventState.Table<K, V> table(MapState<K, V> m) {
    return new EventState.Table<>() {
      @Override
      public V get(K key) throws Exception {
        return m.get(key);
      }

      @Override
      public void put(K key, V value) throws Exception {
        m.put(key, value);
      }

      @Override
      public Iterable<V> values() throws Exception {
        return m.values();
      }
    };
  }
}
