package io.relais.calendar;

/** An attendee with a name to show. */
public record AttendeeRef(Attendee attendee, String name) {
}
