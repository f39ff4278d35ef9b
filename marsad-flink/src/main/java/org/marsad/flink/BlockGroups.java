package org.marsad.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The blocking step of dedup, keyed by {@link BlockingKey}: keeps in Flink state the records seen
 * in each block (by reference, {@code documentId#ordinal}, with their type and date) and, for each
 * record that enters its block, emits the block's other records: the candidates that event
 * assignment compares it with. A record seen again (a replay, a restart) is recognised by its
 * reference and changes nothing, so the groups stay the same. Entries expire
 * {@value #TTL_DAYS} days after they were written. Input: (blocking key, reference); output:
 * (reference, {@value #FORMAT} JSON).
 */
final class BlockGroups extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {

  public static final String FORMAT = "marsad-block/1";
  static final int TTL_DAYS = 62;
  /** At most this many other records are listed; the count is exact. */
  static final int MAX_LISTED = 50;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private transient MapState<String, Boolean> members;

  @Override
  public void open(OpenContext context) {
    MapStateDescriptor<String, Boolean> d = new MapStateDescriptor<>("members", Types.STRING, Types.BOOLEAN);
    d.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofDays(TTL_DAYS)).build());
    members = getRuntimeContext().getMapState(d);
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out)
      throws Exception {
    String ref = in.f1;
    boolean seen = members.contains(ref);
    List<String> others = new ArrayList<>();
    int count = 0;
    for (String other : members.keys()) {
      if (!other.equals(ref)) {
        count++;
        if (others.size() < MAX_LISTED) {
          others.add(other);
        }
      }
    }
    if (!seen) {
      members.put(ref, true);
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.put("block", ctx.getCurrentKey());
    o.put("record", ref);
    o.put("again", seen);
    o.put("others", count);
    others.sort(null);
    var list = o.putArray("candidates");
    others.forEach(list::add);
    out.collect(Tuple2.of(ref, o.toString()));
  }
}
