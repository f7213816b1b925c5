package io.relais.calendar;

import java.util.Map;

/**
 * The words an iCalendar file carries in the reader's language: the calendar's name, what a
 * hidden event is called, and absence kinds (an absence without a note is titled by its kind).
 */
public record IcalLabels(String calendarName, String busy, Map<AbsenceType, String> absences) {

    public IcalLabels {
        absences = Map.copyOf(absences);
    }

    /** The labels from the calendar bundle, through a translation function of the reader's language. */
    public static IcalLabels translated(java.util.function.Function<String, String> translate) {
        Map<AbsenceType, String> absences = new java.util.EnumMap<>(AbsenceType.class);
        for (AbsenceType type : AbsenceType.values()) {
            absences.put(type, translate.apply("calendar.absence." + type));
        }
        return new IcalLabels(translate.apply("calendar.feed.name"), translate.apply("calendar.busy"), absences);
    }
}
