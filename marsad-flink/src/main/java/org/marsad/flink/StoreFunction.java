package org.marsad.flink;

import java.time.Clock;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.core.dedup.MinHasher;
import org.marsad.flink.format.DedupJson;
import org.marsad.flink.format.ResultJson;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store step, on results keyed by document: each instance opens a {@link Store} on the
 * PostgreSQL server (bringing its schema up to date; Flyway locks, so instances may start
 * together), stores each result with {@link ResultWriter}, synchronously, and then emits the
 * document's MinHash signature and stored records ({@link DedupJson.Stored}) for event assignment;
 * a failed document emits nothing (it has no records and is no one's original). A checkpoint
 * barrier passes only after everything before it is stored; with the sources' at-least-once
 * offsets and the idempotent writes that is one copy in the database. A message that is not a
 * result is logged, counted ({@code malformed}) and dropped.
 */
final class StoreFunction extends ProcessFunction<Tuple2<String, String>, Tuple2<String, String>> {

  private static final Logger LOG = LoggerFactory.getLogger(StoreFunction.class);

  private final String dbUrl;
  private transient Store store;
  private transient ResultWriter writer;
  private transient Counter malformed;
  private transient Counter stored;

  StoreFunction(String dbUrl) {
    this.dbUrl = dbUrl;
  }

  @Override
  public void open(OpenContext context) {
    store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC());
    writer = new ResultWriter(store);
    malformed = getRuntimeContext().getMetricGroup().counter("malformed");
    stored = getRuntimeContext().getMetricGroup().counter("stored");
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out) {
    DocumentResult r;
    try {
      r = ResultJson.read(in.f1);
    } catch (IllegalArgumentException e) {
      malformed.inc();
      LOG.warn("dropped a message that is not a {} (key {}): {}", ResultJson.FORMAT, in.f0, e.getMessage());
      return;
    }
    writer.write(r);
    stored.inc();
    if (r.status() != DocumentStatus.FAILED) {
      String id = r.document().id();
      out.collect(KeyedJson.of(id,
          new DedupJson.Stored(id, MinHasher.signature(r.document().text()), r.records()).write()));
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
