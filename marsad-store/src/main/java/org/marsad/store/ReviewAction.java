package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an analyst does to an event. Immutable; each kind validates its own input.
 */
public sealed interface ReviewAction {

  /** The word the audit log and the API use for this action. */
  String name();

  /** The event happened as described. */
  record Verify() implements ReviewAction {
    public String name() {
      return "verify";
    }
  }

  /** Not an event of the typology, or not real. */
  record Reject() implements ReviewAction {
    public String name() {
      return "reject";
    }
  }

  /** Back to the queue. */
  record Unverify() implements ReviewAction {
    public String name() {
      return "unverify";
    }
  }

  /**
   * Corrects fields. Keys: {@code type}, {@code date}, {@code date_end} (YYYY-MM-DD or empty),
   * {@code place_name}, {@code country} (ISO alpha-2 or empty), {@code summary}.
   */
  record Edit(Map<String, String> fields) implements ReviewAction {
    public static final Set<String> KEYS =
        Set.of("type", "date", "date_end", "place_name", "country", "summary");

    public Edit {
      fields = Map.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("edit needs at least one field of " + KEYS);
      }
      for (var e : fields.entrySet()) {
        if (!KEYS.contains(e.getKey())) {
          throw new IllegalArgumentException("cannot edit field " + e.getKey() + "; fields: " + KEYS);
        }
        String v = e.getValue();
        switch (e.getKey()) {
          case "date", "date_end" -> {
            if (!v.isEmpty()) {
              try {
                LocalDate.parse(v);
              } catch (java.time.format.DateTimeParseException x) {
                throw new IllegalArgumentException(e.getKey() + " must be YYYY-MM-DD: " + v);
              }
            }
          }
          case "country" -> {
            if (!v.isEmpty() && !v.matches("[A-Z]{2}")) {
              throw new IllegalArgumentException("country must be two capital letters: " + v);
            }
          }
          case "type" -> {
            if (!v.matches("[a-z_]{1,64}")) {
              throw new IllegalArgumentException("type must be a typology id: " + v);
            }
          }
          default -> {
            if (v.length() > 2000) {
              throw new IllegalArgumentException(e.getKey() + " is longer than 2000 characters");
            }
          }
        }
      }
    }

    public String name() {
      return "edit";
    }
  }

  /** The event is the same as {@code into}: its sources and links move there, and it is gone. */
  record Merge(long into) implements ReviewAction {
    public String name() {
      return "merge";
    }
  }

  /** These records of the event are another event: they move to a new one, returned. */
  record Split(List<Long> recordIds) implements ReviewAction {
    public Split {
      recordIds = List.copyOf(recordIds);
      if (recordIds.isEmpty()) {
        throw new IllegalArgumentException("split needs the ids of the records to move");
      }
    }

    public String name() {
      return "split";
    }
  }
}
