package org.marsad.core.nlp;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.core.time.TimexConvention;

/**
 * How timexes are normalised.
 *
 * @param conventions the conventions applied to what SUTime finds ({@link TimexConvention}); all
 *     of them for news
 */
public record TimexOptions(Set<TimexConvention> conventions) {

  /** The options for news, the default of {@link NlpStage}: every convention. */
  public static final TimexOptions NEWS = new TimexOptions(EnumSet.allOf(TimexConvention.class));

  public TimexOptions {
    conventions = Set.copyOf(conventions);
  }

  /** These options without {@code convention}. */
  public TimexOptions without(TimexConvention convention) {
    EnumSet<TimexConvention> less = EnumSet.allOf(TimexConvention.class);
    less.retainAll(conventions);
    less.remove(convention);
    return new TimexOptions(less);
  }
}
