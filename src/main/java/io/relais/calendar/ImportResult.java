package io.relais.calendar;

/** What an .ics import did: events added, events updated (same UID imported again), events skipped. */
public record ImportResult(int created, int updated, int skipped) {
}
