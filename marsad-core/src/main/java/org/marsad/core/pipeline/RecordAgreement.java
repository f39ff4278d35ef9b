package org.marsad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Evidence;
import org.marsad.core.domain.Span;
import org.marsad.core.domain.ExtractedRecord;

/**
 * How far the records of one pipeline (the cascade) agree with those of a reference (the classic
 * pipeline) on one document: a reference record is <em>kept</em> when a record of the same kind and
 * type stands on the same first sentence, and <em>identical</em> when its date, place and actors
 * are the same too. Immutable; {@link #plus} adds documents up.
 *
 * @param reference records of the reference
 * @param kept reference records the other pipeline also gave
 * @param identical kept records equal in every field but provenance
 */
public record RecordAgreement(int reference, int kept, int identical) {

  public RecordAgreement {
    if (reference < 0 || kept < 0 || identical < 0 || kept > reference || identical > kept) {
      throw new IllegalArgumentException("agreement needs 0 <= identical <= kept <= reference: reference="
          + reference + ", kept=" + kept + ", identical=" + identical);
    }
  }

  public static final RecordAgreement NONE = new RecordAgreement(0, 0, 0);

  /**
   * What the agreement reads of a record: its kind, type and first evidence (the statement it
   * stands on), and a digest of its other fields (date, end date, place, actor names, evidence).
   * Saved and loaded by the bench so that a baseline's records need not be recomputed.
   *
   * @param kind the record's kind, lower case
   * @param type the record's type
   * @param span the span of its first evidence
   * @param quote the quote of its first evidence
   * @param fields the other fields, as one string: equal strings mean equal fields
   */
  public record Statement(String kind, String type, Span span, String quote, String fields) {

    public Statement {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(fields, "fields");
    }

    public static Statement of(ExtractedRecord r) {
      Evidence first = r.evidence().getFirst();
      String fields = r.date() + "|" + r.dateEnd() + "|" + (r.place() == null ? "" : r.place().id()) + "|"
          + names(r) + "|" + r.evidence().stream().map(e -> e.span() + ":" + e.quote()).toList();
      return new Statement(r.kind().name().toLowerCase(Locale.ROOT), r.type(), first.span(), first.quote(), fields);
    }

    boolean sameStatement(Statement o) {
      return kind.equals(o.kind) && type.equals(o.type) && span.equals(o.span);
    }
  }

  /** The agreement of {@code other} with {@code reference}, records of one document. */
  public static RecordAgreement of(List<ExtractedRecord> reference, List<ExtractedRecord> other) {
    return ofStatements(statements(reference), statements(other));
  }

  /** The agreement of {@code other} with {@code reference}, statements of one document's records. */
  public static RecordAgreement ofStatements(List<Statement> reference, List<Statement> other) {
    List<Statement> unused = new ArrayList<>(other);
    int kept = 0;
    int identical = 0;
    for (Statement r : reference) {
      Statement match = match(r, unused);
      if (match != null) {
        unused.remove(match);
        kept++;
        identical += r.fields().equals(match.fields()) ? 1 : 0;
      }
    }
    return new RecordAgreement(reference.size(), kept, identical);
  }

  /** The records of {@code reference} that {@code other} did not keep, in order. */
  public static List<ExtractedRecord> lost(List<ExtractedRecord> reference, List<ExtractedRecord> other) {
    List<Statement> lost = lostStatements(statements(reference), statements(other));
    List<ExtractedRecord> out = new ArrayList<>();
    List<Statement> remaining = new ArrayList<>(lost);
    for (ExtractedRecord r : reference) {
      if (remaining.remove(Statement.of(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /** The statements of {@code reference} that {@code other} did not keep, in order. */
  public static List<Statement> lostStatements(List<Statement> reference, List<Statement> other) {
    List<Statement> unused = new ArrayList<>(other);
    List<Statement> lost = new ArrayList<>();
    for (Statement r : reference) {
      Statement match = match(r, unused);
      if (match == null) {
        lost.add(r);
      } else {
        unused.remove(match);
      }
    }
    return lost;
  }

  public static List<Statement> statements(List<ExtractedRecord> records) {
    return records.stream().map(Statement::of).toList();
  }

  /** The statement of {@code candidates} on the same statement as {@code r}, an identical one first; or null. */
  private static Statement match(Statement r, List<Statement> candidates) {
    Statement match = null;
    for (Statement o : candidates) {
      if (r.sameStatement(o)) {
        match = o;
        if (r.fields().equals(o.fields())) {
          break;
        }
      }
    }
    return match;
  }

  public RecordAgreement plus(RecordAgreement o) {
    return new RecordAgreement(reference + o.reference, kept + o.kept, identical + o.identical);
  }

  /** Share of the reference's records kept; 1 when there were none. */
  public double recall() {
    return reference == 0 ? 1.0 : (double) kept / reference;
  }

  private static List<String> names(ExtractedRecord r) {
    return r.actors().stream().map(Actor::name).sorted().toList();
  }
}
