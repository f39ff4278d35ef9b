package org.marsad.store;

/**
 * One event as lists, maps and exports show it. Dates are ISO strings or null. Immutable.
 *
 * @param sources how many records (from how many articles) are attached to it
 */
public record EventRow(
    long id,
    String kind,
    String type,
    String date,
    String dateEnd,
    String placeName,
    String country,
    Double lat,
    Double lon,
    String status,
    String summary,
    int sources,
    String reviewedBy) {}
