package org.marsad.flink;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.core.domain.RecordKind;
import org.marsad.flink.format.DedupJson;
import org.marsad.store.Decision;
import org.marsad.store.RecordRef;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * Writes the event decisions to PostgreSQL, keyed by document: a {@link DedupJson.Dedup} marks the
 * document a near-duplicate of its original (or of none); a {@link DedupJson.Assigned} attaches
 * each record to its event ({@code EventRepository.attachOrCreate}, creating it with the job's id)
 * and links every response event of the document to every incident event of it (signal {@code
 * same_document}), as the embedded host does, remembering the document's events for a day for its
 * other (kind, type) groups. Every write is idempotent, so a replay changes nothing. Emits the
 * document id after each message written.
 */
final class EventSink extends KeyedProcessFunction<String, Tuple2<String, String>, String> {

  private final String dbUrl;
  private transient Store store;
  /** event id → kind of the events of this document written so far */
  private transient MapState<Long, String> eventsOfDocument;

  EventSink(String dbUrl) {
    this.dbUrl = dbUrl;
  }

  @Override
  public void open(OpenContext context) {
    store = Store.open(StoreConfig.server(dbUrl), Clock.systemUTC());
    eventsOfDocument = getRuntimeContext().getMapState(
        ExpiringState.map("events-of-document", Types.LONG, Types.STRING, Duration.ofDays(1)));
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<String> out) throws Exception {
    String format = DedupJson.formatOf(in.f1);
    if (format.equals(DedupJson.Dedup.FORMAT)) {
      DedupJson.Dedup d = DedupJson.Dedup.read(in.f1);
      store.documents().markDuplicate(d.documentId(), d.original());
    } else {
      DedupJson.Assigned a = DedupJson.Assigned.read(in.f1);
      for (DedupJson.Assignment x : a.assignments()) {
        try {
          store.events().attachOrCreate(new RecordRef(a.documentId(), x.ordinal()), x.eventId(),
              Decision.of(x.signal(), x.score()));
        } catch (IllegalArgumentException e) {
          if (!e.getMessage().startsWith("no such record")) {
            throw e;
          }
          // the document was stored again meanwhile (a replay): the records of that later store
          // come here too and are attached then
        }
      }
      for (DedupJson.Assignment x : a.assignments()) {
        eventsOfDocument.put(x.eventId(), x.kind());
      }
      link(a);
    }
    out.collect(in.f0);
  }

  /** Links the new events of {@code a} with the document's events of the other kind. */
  private void link(DedupJson.Assigned a) throws Exception {
    List<Long> responses = new ArrayList<>();
    List<Long> incidents = new ArrayList<>();
    for (Map.Entry<Long, String> e : eventsOfDocument.entries()) {
      (RecordKind.of(e.getValue()) == RecordKind.INCIDENT ? incidents : responses).add(e.getKey());
    }
    for (DedupJson.Assignment x : a.assignments()) {
      boolean incident = RecordKind.of(x.kind()) == RecordKind.INCIDENT;
      for (long other : incident ? responses : incidents) {
        long response = incident ? other : x.eventId();
        long inc = incident ? x.eventId() : other;
        try {
          store.events().link(response, inc, Decision.of("same_document", null));
        } catch (IllegalArgumentException e) {
          if (!e.getMessage().startsWith("no such event")) {
            throw e;
          }
          // the document was stored again (a replay) and the other event is not back yet: its
          // group links the pair when it comes
        }
      }
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
