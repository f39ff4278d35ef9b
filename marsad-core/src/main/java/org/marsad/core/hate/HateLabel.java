package org.marsad.core.hate;

/**
 * The three classes of HateXplain: hate speech, offensive, normal. The order is the order of
 * probability vectors throughout this package.
 */
public enum HateLabel {
  HATESPEECH("hatespeech"),
  OFFENSIVE("offensive"),
  NORMAL("normal");

  private final String id;

  HateLabel(String id) {
    this.id = id;
  }

  /** The stable lower-case id used in data files and JSON. */
  public String id() {
    return id;
  }

  /** The label with this id; fails with the id when it is unknown. */
  public static HateLabel ofId(String id) {
    for (HateLabel l : values()) {
      if (l.id.equals(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label (hatespeech, offensive, normal): " + id);
  }
}
