package io.relais.calendar.ui;

import io.relais.calendar.CalendarKind;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.Occurrence;
import io.relais.platform.ui.RelaisCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns occurrences into calendar entries in the reader's zone: their local times there, a title
 * that tells only what the reader may know ("Busy", "Inès — remote day"), and style classes.
 */
final class CalendarEntries {

    private CalendarEntries() {
    }

    static RelaisCalendar.Entry entry(Occurrence occurrence, ZoneId zone, Function<String, String> translate) {
        LocalDateTime start = local(occurrence.start(), zone, occurrence.allDay());
        LocalDateTime end = local(occurrence.end(), zone, occurrence.allDay());
        List<String> classes = new ArrayList<>();
        if (occurrence.absence()) {
            classes.add("relais-absence");
        } else if (occurrence.busyOnly()) {
            classes.add("relais-busy");
        } else if (occurrence.calendarKind() == CalendarKind.COMPANY) {
            classes.add("relais-company");
        } else if (occurrence.visibility() == EventVisibility.TEAM) {
            classes.add("relais-team");
        }
        String title = OccurrenceTitles.of(occurrence, translate);
        return new RelaisCalendar.Entry(occurrence.key(), title, start, end, occurrence.allDay(),
                occurrence.editable() && !occurrence.absence(), classes,
                occurrence.recurring() ? title + " ↻" : title);
    }

    /**
     * An all-day occurrence covers whole days in the zone it was planned in; shown as the same
     * dates everywhere (a holiday in Lyon is that date in Montréal too), not shifted by hours.
     */
    private static LocalDateTime local(Instant instant, ZoneId zone, boolean allDay) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return allDay ? local.plusHours(12).toLocalDate().atStartOfDay() : local;
    }
}
