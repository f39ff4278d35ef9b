package org.marsad.core.registry;

import java.util.Objects;

/**
 * A state in the OIC: a full member or an observer. Immutable and thread-safe.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code, upper case
 * @param name English short name
 * @param joined year of joining, or {@code null} when sources disagree (see {@code note})
 * @param status member or observer
 * @param note remarks (suspensions, disagreeing sources), empty when none
 */
public record MemberState(String alpha2, String name, Integer joined, Status status, String note) {

  /** Whether a state is a full member or an observer. */
  public enum Status {
    MEMBER,
    OBSERVER
  }

  public MemberState {
    if (!CountryCodes.isAlpha2(alpha2)) {
      throw new IllegalArgumentException(
          "alpha2 must be an ISO 3166-1 alpha-2 code: alpha2=" + alpha2);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("state name must not be blank: alpha2=" + alpha2);
    }
    if (joined != null && (joined < 1969 || joined > 2100)) {
      throw new IllegalArgumentException(
          "joined must be 1969 or later (the OIC's founding): alpha2="
              + alpha2
              + ", joined="
              + joined);
    }
    Objects.requireNonNull(status, "status");
    note = note == null ? "" : note;
  }

  /** True for a full member state. */
  public boolean isMember() {
    return status == Status.MEMBER;
  }
}
