package org.marsad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.core.domain.Actor;
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

  /** The agreement of {@code other} with {@code reference}, records of one document. */
  public static RecordAgreement of(List<ExtractedRecord> reference, List<ExtractedRecord> other) {
    List<ExtractedRecord> unused = new ArrayList<>(other);
    int kept = 0;
    int identical = 0;
    for (ExtractedRecord r : reference) {
      ExtractedRecord match = match(r, unused);
      if (match != null) {
        unused.remove(match);
        kept++;
        identical += sameFields(r, match) ? 1 : 0;
      }
    }
    return new RecordAgreement(reference.size(), kept, identical);
  }

  /** The records of {@code reference} that {@code other} did not keep, in order. */
  public static List<ExtractedRecord> lost(List<ExtractedRecord> reference, List<ExtractedRecord> other) {
    List<ExtractedRecord> unused = new ArrayList<>(other);
    List<ExtractedRecord> lost = new ArrayList<>();
    for (ExtractedRecord r : reference) {
      ExtractedRecord match = match(r, unused);
      if (match == null) {
        lost.add(r);
      } else {
        unused.remove(match);
      }
    }
    return lost;
  }

  /** The record of {@code candidates} on the same statement as {@code r}, an identical one first; or null. */
  private static ExtractedRecord match(ExtractedRecord r, List<ExtractedRecord> candidates) {
    ExtractedRecord match = null;
    for (ExtractedRecord o : candidates) {
      if (sameStatement(r, o)) {
        match = o;
        if (sameFields(r, o)) {
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

  private static boolean sameStatement(ExtractedRecord a, ExtractedRecord b) {
    return a.kind() == b.kind() && a.type().equals(b.type())
        && a.evidence().getFirst().span().equals(b.evidence().getFirst().span());
  }

  private static boolean sameFields(ExtractedRecord a, ExtractedRecord b) {
    return Objects.equals(a.date(), b.date()) && Objects.equals(a.dateEnd(), b.dateEnd())
        && Objects.equals(a.place(), b.place()) && names(a).equals(names(b))
        && a.evidence().equals(b.evidence());
  }

  private static List<String> names(ExtractedRecord r) {
    return r.actors().stream().map(Actor::name).sorted().toList();
  }
}
