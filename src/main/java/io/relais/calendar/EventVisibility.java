package io.relais.calendar;

/**
 * Who sees an event's details. Everybody who looks at a calendar sees that its time is taken;
 * only those allowed see what it is.
 */
public enum EventVisibility {
    /** Everybody signed in. */
    COMPANY,
    /** The members of the calendar's team (for a personal calendar: the owner's team), attendees and organiser. */
    TEAM,
    /** The organiser, the calendar's owner and the attendees; "busy" to everybody else. */
    PRIVATE
}
