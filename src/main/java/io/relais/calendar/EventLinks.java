package io.relais.calendar;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Links to one event occurrence: {@code /calendar?event=12&at=2026-11-27T08:00:00Z} opens the
 * calendar on that occurrence's date with its details. {@code at} is the start the series planned
 * for it (which stays its identity when it is moved); without it the event's next occurrence opens.
 * To-dos, the home page and ritual pages link to events this way.
 */
public final class EventLinks {

    public static final String EVENT_PARAMETER = "event";
    public static final String AT_PARAMETER = "at";

    private EventLinks() {
    }

    /** The link to one occurrence of an event (for a single event, its only one). */
    public static String of(long eventId, Instant originalStart) {
        return "/calendar?" + EVENT_PARAMETER + "=" + eventId + "&" + AT_PARAMETER + "=" + originalStart;
    }

    public static String of(Occurrence occurrence) {
        return of(occurrence.eventId(), occurrence.originalStart());
    }

    /** What a link asks for, read from its parameters; empty when it names no valid event. */
    public static Optional<Target> parse(String event, String at) {
        if (event == null || !event.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(Long.parseLong(event), at == null || at.isBlank() ? null : Instant.parse(at)));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /** An occurrence a link asks for: {@code originalStart} is {@code null} for "the next one". */
    public record Target(long eventId, Instant originalStart) {
    }
}
