package org.marsad.core.time;

/**
 * The conventions {@link TimexNormaliser} applies to what SUTime finds, in this order; each can be
 * left out to measure what it does ({@code marsad eval dates --ablation}).
 */
public enum TimexConvention {

  /** Ages, "once", "previously", "annual" or "future" before a noun are no timexes ({@link NotTimexRule}). */
  NOT_TIMEX(new NotTimexRule()),
  /** "The following day", "that year" are counted from the time last named ({@link ReferenceTimeRule}). */
  REFERENCE_TIME(new ReferenceTimeRule()),
  /** "present", "past", "march", "May" of a name, "day" alone in another sense ({@link WordSenseRule}). */
  WORD_SENSES(new WordSenseRule()),
  /** A value that is no TIMEX3 value becomes a counted duration or the timex is dropped ({@link ValueRepairRule}). */
  VALUE_REPAIR(new ValueRepairRule()),
  /** "year-ago" and "year-earlier" are one expression, the year before ({@link YearAgoCompoundRule}). */
  YEAR_AGO_COMPOUND(new YearAgoCompoundRule()),
  /** Quarters and fiscal years as earnings reports use them ({@link FiscalQuarterRule}). */
  FISCAL_PERIODS(new FiscalQuarterRule()),
  /** "Two years ago" is a year, "five months ago" a month ({@link AgoGranularityRule}). */
  AGO_GRANULARITY(new AgoGranularityRule()),
  /** A weekday or weekend SUTime put in the week after the DCT is the one before, unless the sentence speaks of the future ({@link NewsWeekdayRule}). */
  NEWS_WEEKDAYS(new NewsWeekdayRule()),
  /** A month without its year is the latest such month, or the next one in a sentence about the future ({@link NewsMonthRule}). */
  NEWS_MONTHS(new NewsMonthRule()),
  /** Decades and centuries by their leading digits: {@code 199}, {@code 19} ({@link DecadeRule}). */
  DECADES(new DecadeRule()),
  /** Clock times without SUTime's zone offset ({@link ZoneRule}). */
  ZONES(new ZoneRule()),
  /** "Recent years" is {@code PAST_REF}, "these days" {@code PRESENT_REF} ({@link VagueReferenceRule}). */
  VAGUE_REFERENCES(new VagueReferenceRule());

  private final TimexRule rule;

  TimexConvention(TimexRule rule) {
    this.rule = rule;
  }

  TimexRule rule() {
    return rule;
  }
}
