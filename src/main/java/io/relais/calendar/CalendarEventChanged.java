package io.relais.calendar;

/**
 * An event was created, changed (including one occurrence moved or cancelled) or deleted.
 * Published in the writing transaction, so the event publication registry keeps it durable
 * with the data; search indexes calendars from it.
 */
public record CalendarEventChanged(long eventId, Type type) {

    public enum Type {
        CREATED, UPDATED, OCCURRENCE_CHANGED, DELETED
    }
}
