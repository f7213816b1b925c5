package io.relais.calendar.ui;

import io.relais.calendar.CalendarRef;
import java.util.function.Function;

/** How a calendar is named in pickers: "Company", "My calendar", "Team Tech & Data", "Lucas Bernard". */
final class CalendarLabels {

    private CalendarLabels() {
    }

    static String of(CalendarRef ref, Function<String, String> translate) {
        return switch (ref.kind()) {
            case COMPANY -> translate.apply("calendar.company");
            case TEAM -> translate.apply("calendar.team-prefix") + " " + ref.name();
            case PERSONAL -> ref.name();
        };
    }
}
