/**
 * Calendars: the company calendar, one per team and one per person, with events (single or
 * recurring by RFC 5545 rules, with moved and cancelled occurrences), attendees (people or whole
 * teams), absences, visibility enforced in every read (a private event is only "busy" to others),
 * free-slot finding, occurrence outcomes for rituals, iCalendar feeds, export and import. Other
 * features plan their own events through {@link io.relais.calendar.CalendarService} and listen
 * to {@link io.relais.calendar.CalendarEventChanged}.
 */
package io.relais.calendar;
