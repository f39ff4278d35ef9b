package org.marsad.flink;

import java.time.Clock;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.marsad.flink.format.ResultJson;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server sink: each writer opens a {@link Store} on the server (bringing its schema
 * up to date; Flyway locks, so parallel writers may start together) and stores each result with
 * {@link ResultWriter}, synchronously, so that a checkpoint barrier passes a writer only after
 * everything before it is stored. With the Kafka sources' at-least-once offsets this gives
 * at-least-once delivery, and the idempotent writes make it exactly one copy in the database. A
 * message that is not a result is logged, counted ({@code malformed}) and dropped.
 */
final class StoreSink implements Sink<Tuple2<String, String>> {

  private final String dbUrl;

  StoreSink(String dbUrl) {
    this.dbUrl = dbUrl;
  }

  @Override
  public SinkWriter<Tuple2<String, String>> createWriter(WriterInitContext context) {
    Store store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC());
    return new Writer(store, context.metricGroup().counter("malformed"),
        context.metricGroup().counter("stored"));
  }

  private static final class Writer implements SinkWriter<Tuple2<String, String>> {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSink.class);
    private final Store store;
    private final ResultWriter writer;
    private final Counter malformed;
    private final Counter stored;

    Writer(Store store, Counter malformed, Counter stored) {
      this.store = store;
      this.writer = new ResultWriter(store);
      this.malformed = malformed;
      this.stored = stored;
    }

    @Override
    public void write(Tuple2<String, String> in, Context context) {
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
    }

    @Override
    public void flush(boolean endOfInput) {
      // every write is committed before write() returns
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
