package org.marsad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalisation conventions, one rule at a time, on sentences written here. */
class TimexRulesTest {

  private static final LocalDate THU_1989_11_02 = LocalDate.of(1989, 11, 2);
  private static final LocalDate WED_1990_08_15 = LocalDate.of(1990, 8, 15);

  @Test
  void notTimex_ageOnceAndAdjectivalQuarterly_dropped() {
    NotTimexRule rule = new NotTimexRule();
    assertThat(Drafts.of("The 6-year-old boy was found.", "6-year-old", "DURATION", "P6Y", THU_1989_11_02).after(rule)).isNull();
    assertThat(Drafts.of("He is 52 years old.", "52 years old", "DURATION", "P52Y", THU_1989_11_02).after(rule)).isNull();
    assertThat(Drafts.of("It will be approved once it submits details.", "once", "DATE", "PAST_REF", THU_1989_11_02).after(rule)).isNull();
    assertThat(Drafts.of("Du Pont raised its quarterly dividend.", "quarterly", "SET", "P3M", THU_1989_11_02).after(rule)).isNull();
  }

  @Test
  void notTimex_adverbialQuarterlyAndOtherTimexes_kept() {
    NotTimexRule rule = new NotTimexRule();
    assertThat(Drafts.of("The reserve will be adjusted quarterly and will reflect it.", "quarterly", "SET", "P3M",
        THU_1989_11_02).after(rule)).isNotNull();
    assertThat(Drafts.of("He left six years ago.", "six years ago", "DATE", "1983", THU_1989_11_02).after(rule)).isNotNull();
  }

  @Test
  void notTimex_adjectivalFutureAndLoneConjunction_dropped() {
    NotTimexRule rule = new NotTimexRule();
    assertThat(Drafts.of("It set up reserves to cover future payments.", "future", "DATE", "FUTURE_REF", THU_1989_11_02)
        .after(rule)).isNull();
    assertThat(Drafts.of("Abortions declined between 1982 and 1992.", "and", "DATE", "1982/1992", THU_1989_11_02)
        .after(rule)).isNull();
  }

  @Test
  void notTimex_theFutureAndDateline_kept() {
    NotTimexRule rule = new NotTimexRule();
    assertThat(Drafts.of("Troops stay for the foreseeable future.", "future", "DATE", "FUTURE_REF", THU_1989_11_02)
        .after(rule)).isNotNull();
    assertThat(Drafts.of("WASHINGTON, August 11 (Xinhua) -- Albright said.", "August 11", "DATE", "1998-08-11",
        LocalDate.of(1998, 8, 11)).after(rule)).isNotNull();
  }

  @Test
  void referenceTime_followingDayAndThatYear_countFromTheTimeLastNamed() {
    ReferenceTimeRule rule = new ReferenceTimeRule();
    TimexAnnotation next = withEarlier("The following day police arrested him.", "The following day", "DATE", "1989-11-03",
        List.of("1989-10-27", "PRESENT_REF")).after(rule);
    assertThat(next.value()).isEqualTo("1989-10-28");
    TimexAnnotation month = withEarlier("The following month it was sold.", "The following month", "DATE", "1989-12",
        List.of("1989-01", "P3D", "1989-03")).after(rule);
    assertThat(month.value()).isEqualTo("1989-04");
  }

  @Test
  void referenceTime_thatDayTaggedAsDay_takesInThat() {
    Drafts d = withEarlier("Earlier that day he left.", "day", "DURATION", "P1D", List.of("1998-10-23"));
    assertThat(d.wordsAfter(new ReferenceTimeRule())).isEqualTo("Earlier that day");
    assertThat(d.after(new ReferenceTimeRule())).extracting(TimexAnnotation::type, TimexAnnotation::value)
        .containsExactly("DATE", "1998-10-23");
  }

  @Test
  void referenceTime_clockTimeAlone_isOnTheDayLastNamed() {
    Drafts d = withEarlier("The blast occurred at about 10:35 a.m. in Nairobi.", "about 10:35 a.m.", "TIME",
        "1989-11-02T10:35", List.of("1989-10-27", "P2D"));
    assertThat(d.after(new ReferenceTimeRule()).value()).isEqualTo("1989-10-27T10:35");
  }

  @Test
  void referenceTime_nextYearWithoutThe_staysDeictic() {
    Drafts d = withEarlier("Sales will rise next year.", "next year", "DATE", "1990", List.of("1995"));
    assertThat(d.after(new ReferenceTimeRule())).isEqualTo(d.draft());
  }

  @Test
  void referenceTime_noEarlierTime_unchanged() {
    Drafts d = withEarlier("The next day it rained.", "The next day", "DATE", "1989-11-03", List.of("PRESENT_REF"));
    assertThat(d.after(new ReferenceTimeRule())).isEqualTo(d.draft());
  }

  private static Drafts withEarlier(String sentence, String words, String type, String value, java.util.List<String> earlier) {
    Drafts d = Drafts.of(sentence, words, type, value, THU_1989_11_02);
    TimexContext c = d.context();
    return new Drafts(d.draft(), new TimexContext(c.text(), c.sentence(), c.dct(), earlier));
  }

  @Test
  void wordSenses_otherSenses_dropped() {
    WordSenseRule rule = new WordSenseRule();
    assertThat(Drafts.of("Evidence prosecutors might present includes hair.", "present", "DATE", "PRESENT_REF",
        THU_1989_11_02).after(rule)).isNull();
    assertThat(Drafts.of("Women joined the march on Sunday.", "march", "DATE", "1990-03", THU_1989_11_02).after(rule))
        .isNull();
    assertThat(Drafts.of("Foreign Minister Jan Kavan signed.", "Jan", "DATE", "1990-01", THU_1989_11_02).after(rule))
        .isNull();
    assertThat(Drafts.of("Home Secretary Theresa May said so.", "May", "DATE", "1990-05", THU_1989_11_02).after(rule))
        .isNull();
    assertThat(Drafts.of("Justice Sandra Day O'Connor agreed.", "Day", "DURATION", "P1D", THU_1989_11_02).after(rule))
        .isNull();
    assertThat(Drafts.of("Iraq imports about three-quarters of its food.", "about three-quarters", "DURATION", "P9M",
        THU_1989_11_02).after(rule)).isNull();
  }

  @Test
  void wordSenses_timeSenses_kept() {
    WordSenseRule rule = new WordSenseRule();
    for (Drafts d : new Drafts[] {
        Drafts.of("There is no plan at present.", "present", "DATE", "PRESENT_REF", THU_1989_11_02),
        Drafts.of("In May the talks ended.", "May", "DATE", "1989-05", THU_1989_11_02),
        Drafts.of("It fell in March 1987.", "March 1987", "DATE", "1987-03", THU_1989_11_02),
        Drafts.of("The plan ended on May 3.", "May 3", "DATE", "1989-05-03", THU_1989_11_02),
        Drafts.of("Sales rose in the first quarter.", "the first quarter", "DATE", "1989-Q1", THU_1989_11_02)}) {
      assertThat(d.after(rule)).as(d.context().words(d.draft().span())).isEqualTo(d.draft());
    }
  }

  @Test
  void valueRepair_countedUnitWithoutValue_becomesDuration() {
    Drafts d = Drafts.of("Profit rose in the first nine months of the year.", "the first nine months of the year",
        "DATE", "1989 INTERSECT P9M", THU_1989_11_02);
    assertThat(d.after(new ValueRepairRule())).isEqualTo(d.draft().with("DURATION", "P9M"));
  }

  @Test
  void valueRepair_wordsWithoutValue_dropped() {
    assertThat(Drafts.of("For its fourth quarter ended Sept. 30.", "ended", "DATE", "ended ", THU_1989_11_02)
        .after(new ValueRepairRule())).isNull();
  }

  @Test
  void valueRepair_validValues_unchanged() {
    ValueRepairRule rule = new ValueRepairRule();
    for (String value : new String[] {"1989-11-02", "1989-Q3", "199", "XXXX-WXX-1TNI", "P3D", "PT4H", "PXY", "PAST_REF",
        "1998-W02-WE", "2000-01-07TNI", "1989-11-09T17:00"}) {
      Drafts d = Drafts.of("On that day.", "that day", "DATE", value, THU_1989_11_02);
      assertThat(d.after(rule)).as(value).isEqualTo(d.draft());
    }
  }

  @Test
  void yearAgoCompound_yearAgoQuarter_takesInTheCompound() {
    Drafts d = Drafts.of("Coast earned $10.2 million in the year-ago quarter.", "the year", "DATE", "1989", THU_1989_11_02);
    assertThat(d.wordsAfter(new YearAgoCompoundRule())).isEqualTo("the year-ago quarter");
    assertThat(d.after(new YearAgoCompoundRule()).value()).isEqualTo("1988");
  }

  @Test
  void yearAgoCompound_theYearAlone_unchanged() {
    Drafts d = Drafts.of("Sales rose in the year to June.", "the year", "DATE", "1989", THU_1989_11_02);
    assertThat(d.after(new YearAgoCompoundRule())).isEqualTo(d.draft());
  }

  @Test
  void fiscalQuarters_theQuarterInOctober_isTheThirdQuarter() {
    Drafts d = Drafts.of("Unisys said it paid taxes during the quarter.", "the quarter", "DATE", "1989-Q4", THU_1989_11_02);
    assertThat(d.after(new FiscalQuarterRule()).value()).isEqualTo("1989-Q3");
  }

  @Test
  void fiscalQuarters_ordinalWithoutYear_isTheLatestUpToTheDctQuarter() {
    FiscalQuarterRule rule = new FiscalQuarterRule();
    assertThat(Drafts.of("It had a flat second quarter.", "flat second quarter", "DATE", "1990-Q2", THU_1989_11_02)
        .after(rule).value()).isEqualTo("1989-Q2");
    assertThat(Drafts.of("Its fourth quarter looks good.", "fourth quarter", "DATE", "1989-Q4", THU_1989_11_02)
        .after(rule).value()).isEqualTo("1989-Q4");
    assertThat(Drafts.of("In the first quarter of 1988 it lost.", "the first quarter of 1988", "DATE", "1988-Q1",
        THU_1989_11_02).after(rule).value()).isEqualTo("1988-Q1");
  }

  @Test
  void fiscalQuarters_aYearAgoInAnEarningsReport_isTheQuarterAYearBefore() {
    String text = "Third-quarter net rose to $5 million from $3 million a year ago.";
    Drafts d = Drafts.of(text, "a year ago", "DATE", "1988-11-02", THU_1989_11_02);
    assertThat(d.after(new FiscalQuarterRule()).value()).isEqualTo("1988-Q3");
  }

  @Test
  void fiscalQuarters_yearEndedOnADate_isAOneYearPeriod() {
    Drafts d = Drafts.of("Revenue was $76 million for the year ended March 31.", "the year", "DATE", "1989", THU_1989_11_02);
    assertThat(d.after(new FiscalQuarterRule())).extracting(TimexAnnotation::type, TimexAnnotation::value)
        .containsExactly("DURATION", "P1Y");
  }

  @Test
  void fiscalQuarters_aYearAgoElsewhere_unchanged() {
    Drafts d = Drafts.of("He moved to Paris a year ago.", "a year ago", "DATE", "1988-11-02", THU_1989_11_02);
    assertThat(d.after(new FiscalQuarterRule())).isEqualTo(d.draft());
  }

  @Test
  void agoGranularity_yearsMonthsWeeks_takeTheUnitsGranularity() {
    AgoGranularityRule rule = new AgoGranularityRule();
    assertThat(Drafts.of("He came two years ago.", "two years ago", "DATE", "1996-04-24", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1996");
    assertThat(Drafts.of("It opened five months ago.", "five months ago", "DATE", "1997-10-31", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1997-10");
    assertThat(Drafts.of("It began six weeks ago.", "six weeks ago", "DATE", "1999-11-25", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1999-W47");
  }

  @Test
  void agoGranularity_daysAgo_keepTheDay() {
    Drafts d = Drafts.of("He left ten days ago.", "ten days ago", "DATE", "1990-08-05", WED_1990_08_15);
    assertThat(d.after(new AgoGranularityRule())).isEqualTo(d.draft());
  }

  @Test
  void newsWeekdays_weekdayInPastSentence_isTheLatestUpToTheDct() {
    NewsWeekdayRule rule = new NewsWeekdayRule();
    assertThat(Drafts.of("Horsley said on Friday that he would go.", "Friday", "DATE", "1990-08-17", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-10");
    assertThat(Drafts.of("They met Tuesday.", "Tuesday", "DATE", "1990-08-21", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-14");
    assertThat(Drafts.of("They met Wednesday.", "Wednesday", "DATE", "1990-08-22", WED_1990_08_15)
        .after(rule).value()).as("the DCT's own weekday is the DCT").isEqualTo("1990-08-15");
  }

  @Test
  void newsWeekdays_partOfDayAndClockTime_kept() {
    NewsWeekdayRule rule = new NewsWeekdayRule();
    assertThat(Drafts.of("Slepian was shot on Friday night.", "Friday night", "TIME", "1990-08-17TNI", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-10TNI");
    assertThat(Drafts.of("It began at noon Saturday.", "noon Saturday", "TIME", "1990-08-18T12:00", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-11T12:00");
  }

  @Test
  void newsWeekdays_futureSentence_isTheNextFromTheDct() {
    NewsWeekdayRule rule = new NewsWeekdayRule();
    assertThat(Drafts.of("The king will meet Bush on Friday.", "Friday", "DATE", "1990-08-10", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-17");
    assertThat(Drafts.of("The team planned to leave on Thursday.", "Thursday", "DATE", "1990-08-09", WED_1990_08_15)
        .after(rule).value()).isEqualTo("1990-08-16");
  }

  @Test
  void newsWeekdays_futureOnlyInAnotherClause_staysInThePast() {
    Drafts d = Drafts.of("Since the decision was announced Wednesday, they have said they will appeal.", "Wednesday",
        "DATE", "1990-08-22", LocalDate.of(1990, 8, 18));
    assertThat(d.after(new NewsWeekdayRule()).value()).isEqualTo("1990-08-15");
  }

  @Test
  void leadUp_lastWordsOfTheClause() {
    assertThat(NewsWeekdayRule.leadUp("They said, the team planned to leave on ")).isEqualTo("the team planned to leave on");
    assertThat(NewsWeekdayRule.leadUp("They will go,")).isEmpty();
  }

  @Test
  void newsWeekdays_weekdayWithDateOrModifier_unchanged() {
    NewsWeekdayRule rule = new NewsWeekdayRule();
    Drafts dated = Drafts.of("He came home on Friday, Oct. 23.", "Friday, Oct. 23", "DATE", "1998-10-23", WED_1990_08_15);
    Drafts previous = Drafts.of("Down from the previous Friday.", "the previous Friday", "DATE", "1990-08-03", WED_1990_08_15);
    assertThat(dated.after(rule)).isEqualTo(dated.draft());
    assertThat(previous.after(rule)).isEqualTo(previous.draft());
  }

  @Test
  void newsWeekdays_weekendAfterMondayDct_isTheOneBefore() {
    Drafts d = Drafts.of("Troops arrived over the weekend.", "the weekend", "DATE", "1990-W33-WE", LocalDate.of(1990, 8, 13));
    assertThat(d.after(new NewsWeekdayRule()).value()).isEqualTo("1990-W32-WE");
  }

  @Test
  void newsMonths_monthWithoutYear_isTheNearestToTheDctMonth() {
    NewsMonthRule rule = new NewsMonthRule();
    assertThat(Drafts.of("He stepped down in June for health reasons.", "June", "DATE", "1990-06", THU_1989_11_02)
        .after(rule).value()).isEqualTo("1989-06");
    assertThat(Drafts.of("The deal is to close in January.", "January", "DATE", "1989-01", THU_1989_11_02)
        .after(rule).value()).isEqualTo("1990-01");
    assertThat(Drafts.of("It happened in May.", "May", "DATE", "1990-05", THU_1989_11_02)
        .after(rule).value()).as("six months either way: the earlier").isEqualTo("1989-05");
  }

  @Test
  void newsMonths_lastApril_isTheLatestAprilBeforeTheDctMonth() {
    Drafts d = Drafts.of("Holders approved the plan last April.", "last April", "DATE", "1988-04", THU_1989_11_02);
    assertThat(d.after(new NewsMonthRule()).value()).isEqualTo("1989-04");
  }

  @Test
  void newsMonths_monthWithYear_unchanged() {
    Drafts d = Drafts.of("It happened in March 1987.", "March 1987", "DATE", "1987-03", THU_1989_11_02);
    assertThat(d.after(new NewsMonthRule())).isEqualTo(d.draft());
  }

  @Test
  void decades_decadeAndCentury_leadingDigitsAsDate() {
    assertThat(Drafts.of("In the 1970s it grew.", "1970s", "SET", "197X", THU_1989_11_02).after(new DecadeRule()))
        .extracting(TimexAnnotation::type, TimexAnnotation::value).containsExactly("DATE", "197");
    assertThat(Drafts.of("In the 20th century it grew.", "the 20th century", "DATE", "19XX", THU_1989_11_02)
        .after(new DecadeRule()).value()).isEqualTo("19");
  }

  @Test
  void decades_thePastDecade_isTenYears() {
    Drafts d = Drafts.of("Prices doubled over the past decade.", "the past decade", "DATE", "198X", THU_1989_11_02);
    assertThat(d.after(new DecadeRule())).extracting(TimexAnnotation::type, TimexAnnotation::value).containsExactly("DURATION", "P10Y");
  }

  @Test
  void vagueReferences_severalYearsAgo_isPastRef() {
    Drafts d = Drafts.of("He left several years ago.", "several years ago", "DATE", "1986", THU_1989_11_02);
    assertThat(d.after(new VagueReferenceRule()).value()).isEqualTo("PAST_REF");
  }

  @Test
  void zones_zoneOffset_removed() {
    Drafts d = Drafts.of("Bids are due by 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00-0500",
        THU_1989_11_02);
    assertThat(d.after(new ZoneRule()).value()).isEqualTo("1989-11-09T17:00");
  }

  @Test
  void vagueReferences_recentYears_isPastRef() {
    Drafts d = Drafts.of("Prices rose in recent years.", "recent years", "DURATION", "PXY", THU_1989_11_02);
    assertThat(d.after(new VagueReferenceRule())).extracting(TimexAnnotation::type, TimexAnnotation::value)
        .containsExactly("DATE", "PAST_REF");
  }

  @Test
  void normaliser_withoutAConvention_leavesItsCaseAlone() {
    Drafts d = Drafts.of("In the 1970s it grew.", "1970s", "SET", "197X", THU_1989_11_02);
    assertThat(TimexNormaliser.of(java.util.EnumSet.complementOf(java.util.EnumSet.of(TimexConvention.DECADES)))
        .apply(d.draft(), d.context())).contains(d.draft());
    assertThat(TimexNormaliser.of(java.util.EnumSet.allOf(TimexConvention.class)).apply(d.draft(), d.context()))
        .contains(d.draft().with("DATE", "197"));
  }
}
