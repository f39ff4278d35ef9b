package org.marsad.core.domain;

import java.util.Locale;

/** Whether a record is an incident of hatred or a response to it. */
public enum RecordKind {
  INCIDENT,
  RESPONSE;

  /** The lower-case name used in JSON and in the typology files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RecordKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
