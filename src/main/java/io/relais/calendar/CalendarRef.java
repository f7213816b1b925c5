package io.relais.calendar;

/**
 * A calendar one can show or write to.
 *
 * @param teamId the team of a TEAM calendar
 * @param ownerId the person of a PERSONAL calendar
 * @param name the team's or person's name; {@code null} for the company calendar (the UI names it)
 * @param writable whether the caller may add events to it
 */
public record CalendarRef(long id, CalendarKind kind, Long teamId, Long ownerId, String name, boolean writable) {
}
