package org.marsad.core.time;

import java.util.regex.Pattern;

/**
 * Whether a string is a TIMEX3 value of TimeML: a date, week, season, quarter, decade or century
 * with an optional time or part of day ({@code 2013-03-22T10:30}, {@code 1989-Q3}, {@code 199},
 * {@code XXXX-WXX-1TNI}), a duration ({@code P3D}, {@code PT4H}, {@code PXY}), a vague reference
 * ({@code PAST_REF}) or Marsad's day ranges ({@code 2020-11-27/2020-11-28}). Stateless and
 * thread-safe.
 */
final class TimexValueForms {

  private static final String DATE = "(?:\\d{4}|\\d{3}X?|\\d{2}(?:XX)?|XXXX)"
      + "(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{1,2}|XX)(?:-(?:\\d|WE))?|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
      + "(?:T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?(?:[-+]\\d{4}|Z)?|MO|AF|EV|NI|DT))?";
  private static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|X)";
  private static final String DURATION = "P(?:" + AMOUNT + "(?:Y|M|W|D|DE|CE|Q|L))*(?:T(?:" + AMOUNT + "[HMS])+)?";
  private static final Pattern VALUE = Pattern.compile(
      DATE + "(?:/" + DATE + ")?|" + DURATION + "|PRESENT_REF|PAST_REF|FUTURE_REF");

  private TimexValueForms() {}

  static boolean isValid(String value) {
    return value != null && !value.equals("P") && !value.equals("PT") && VALUE.matcher(value).matches();
  }
}
