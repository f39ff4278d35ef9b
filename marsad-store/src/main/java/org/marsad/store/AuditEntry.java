package org.marsad.store;

/** One row of the audit log: who did what to which event, when, and the event before and after. */
public record AuditEntry(
    long id, String at, String actor, String action, Long eventId, String before, String after) {}
