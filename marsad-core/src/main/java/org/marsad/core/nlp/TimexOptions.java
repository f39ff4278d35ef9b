package org.marsad.core.nlp;

/**
 * How timexes are resolved.
 *
 * @param newsWeekdays resolve a bare weekday that SUTime put after the publication date to the
 *     week before, as news reports the past ({@link org.marsad.core.time.NewsWeekdays}); on for news
 */
public record TimexOptions(boolean newsWeekdays) {

  /** The options for news, the default of {@link NlpStage}. */
  public static final TimexOptions NEWS = new TimexOptions(true);
}
