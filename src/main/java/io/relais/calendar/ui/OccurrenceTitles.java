package io.relais.calendar.ui;

import io.relais.calendar.Occurrence;
import java.util.function.Function;

/**
 * What an occurrence is called wherever it is listed (calendar views, the home page's day): only
 * what the reader may know, "Busy" for somebody else's private event, "Inès Haddad — Remote day"
 * for an absence (its reason only to the person and HR).
 */
public final class OccurrenceTitles {

    private OccurrenceTitles() {
    }

    public static String of(Occurrence occurrence, Function<String, String> translate) {
        if (occurrence.absence()) {
            String reason = occurrence.absenceType() == null ? translate.apply("calendar.absent")
                    : translate.apply("calendar.absence." + occurrence.absenceType());
            String who = occurrence.absentee() == null ? "" : occurrence.absentee().fullName() + " — ";
            return who + (occurrence.title() != null && !occurrence.title().equals(String.valueOf(occurrence.absenceType()))
                    ? reason + " (" + occurrence.title() + ")" : reason);
        }
        return occurrence.busyOnly() ? translate.apply("calendar.busy") : occurrence.title();
    }
}
