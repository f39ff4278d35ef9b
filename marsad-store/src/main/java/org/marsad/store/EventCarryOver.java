package org.marsad.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Keeps a re-processed document's records in their events: {@link #before} notes, for each stored
 * record of the document, its kind, type, date and the event it is attached to (with the decision
 * that attached it); after the records are replaced, {@link #reattach} attaches each new record to
 * the event of the first noted record of the same kind, type and date not yet taken, keeping that
 * decision. An event whose records come back so keeps its id, its links and its review; V7's
 * constraint trigger deletes, at commit, only events left without sources that no one reviewed.
 * Works inside the caller's transaction. Stateless but for what it noted; not thread-safe (one
 * document, one transaction).
 */
final class EventCarryOver {

  private record Held(
      String kind, String type, LocalDate date, long eventId, Decision decision, OffsetDateTime decidedAt) {

    boolean fits(NewRecord r) {
      return kind.equals(r.kind()) && type.equals(r.type()) && Objects.equals(date, r.date());
    }
  }

  private record NewRecord(long id, String kind, String type, LocalDate date) {}

  private final List<Held> held;

  private EventCarryOver(List<Held> held) {
    this.held = held;
  }

  /** Notes the events of the stored records of {@code documentId}, in the records' order. */
  static EventCarryOver before(Handle h, String documentId) {
    List<Held> held =
        h.createQuery(
                "select r.kind, r.type, r.date, s.event_id, s.signal, s.score, s.decided_by,"
                    + " s.decided_at from records r join event_sources s on s.record_id = r.id"
                    + " where r.document_id = :d order by r.ordinal")
            .bind("d", documentId)
            .map(
                (rs, ctx) ->
                    new Held(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        new Decision(rs.getString(5), rs.getObject(6, Double.class), rs.getString(7)),
                        rs.getObject(8, OffsetDateTime.class)))
            .list();
    return new EventCarryOver(new ArrayList<>(held));
  }

  /**
   * Attaches the (new) stored records of {@code documentId} to the events noted by {@link #before},
   * which are still there: V7 deletes events left without sources only at commit.
   */
  void reattach(Handle h, String documentId) {
    if (held.isEmpty()) {
      return;
    }
    List<NewRecord> records =
        h.createQuery(
                "select id, kind, type, date from records where document_id = :d order by ordinal")
            .bind("d", documentId)
            .map(
                (rs, ctx) ->
                    new NewRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
            .list();
    for (NewRecord r : records) {
      for (int i = 0; i < held.size(); i++) {
        Held old = held.get(i);
        if (old.fits(r)) {
          held.remove(i);
          JdbiEventRepository.upsertSource(h, r.id(), old.eventId(), old.decision(), old.decidedAt());
          break;
        }
      }
    }
  }
}
