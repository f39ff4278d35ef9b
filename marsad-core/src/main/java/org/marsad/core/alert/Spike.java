package org.marsad.core.alert;

import java.time.LocalDate;

/**
 * A day on which a country saw more incidents of a type than its baseline makes likely.
 *
 * @param day the day
 * @param country ISO 3166-1 alpha-2 code, or empty
 * @param type typology id
 * @param count incidents that day
 * @param expected the baseline rate (incidents a day) before it
 * @param pValue the Poisson probability of at least {@code count} at the expected rate
 */
public record Spike(LocalDate day, String country, String type, int count, double expected, double pValue) {}
