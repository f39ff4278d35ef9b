package org.marsad.core.stage;

/** A document that a stage cannot handle, with a one-line reason a person understands. */
public final class StageFailure extends RuntimeException {

  private final String stage;

  public StageFailure(String stage, String reason, Throwable cause) {
    super(reason, cause);
    this.stage = stage;
  }

  public StageFailure(String stage, String reason) {
    this(stage, reason, null);
  }

  public String stage() {
    return stage;
  }
}
