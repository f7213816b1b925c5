package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.EventVisibility;
import java.time.Instant;
import java.time.ZoneId;

/** The validated content of an event, ready to store. */
public record EventValues(String title, String description, Instant start, Instant end, ZoneId zone, boolean allDay,
        String location, String videoUrl, EventVisibility visibility, AbsenceType absenceType, String rrule,
        Instant seriesEnd) {

    public EventValues withTimes(Instant newStart, Instant newEnd, Instant newSeriesEnd) {
        return new EventValues(title, description, newStart, newEnd, zone, allDay, location, videoUrl, visibility,
                absenceType, rrule, newSeriesEnd);
    }

    public EventValues withRule(String newRule, Instant newSeriesEnd) {
        return new EventValues(title, description, start, end, zone, allDay, location, videoUrl, visibility,
                absenceType, newRule, newSeriesEnd);
    }
}
