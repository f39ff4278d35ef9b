package org.marsad.flink;

import java.time.Duration;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Keyed map state that expires: what the job's dedup steps remember (sketches, buckets, events,
 * decisions) is kept {@value #DAYS} days after it was last written, long enough for the follow-up
 * reports of an incident to find it. Stateless.
 */
final class ExpiringState {

  /** How long sketches and events stay in state after they were last written. */
  static final int DAYS = 62;

  private ExpiringState() {}

  /** A map state descriptor whose entries expire {@code ttl} after they were written. */
  static <K, V> MapStateDescriptor<K, V> map(String name, TypeInformation<K> keys, TypeInformation<V> values,
      Duration ttl) {
    MapStateDescriptor<K, V> d = new MapStateDescriptor<>(name, keys, values);
    d.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
    return d;
  }

  /** A map state descriptor whose entries expire {@value #DAYS} days after they were written. */
  static <K, V> MapStateDescriptor<K, V> map(String name, TypeInformation<K> keys, TypeInformation<V> values) {
    return map(name, keys, values, Duration.ofDays(DAYS));
  }
}
