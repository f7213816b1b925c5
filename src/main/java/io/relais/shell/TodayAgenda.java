package io.relais.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventLinks;
import io.relais.calendar.Occurrence;
import io.relais.calendar.ui.OccurrenceTitles;
import io.relais.platform.ui.Formats;
import io.relais.rituals.MyRitualMeeting;
import io.relais.rituals.RitualAgenda;
import io.relais.rituals.RitualKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The home page's share of "my day" that comes from calendars: today's events of the calendars one
 * sees first (own, team, company; private ones of one's own included), in one's time zone, each
 * linking to its occurrence in the calendar; a ritual meeting one takes part in (Monday trio,
 * all-hands, 1:1) is shown as such and links to its page, and to its minutes or agenda.
 */
class TodayAgenda extends Div {

    /** One line of the day: an occurrence, and the ritual meeting it is when it is one of the reader's. */
    record Line(Occurrence occurrence, MyRitualMeeting ritual) {

        /** Where it lives: the ritual meeting's page, or the occurrence in the calendar. */
        String path() {
            return ritual != null ? ritual.path() : EventLinks.of(occurrence);
        }
    }

    TodayAgenda(CalendarService calendar, RitualAgenda rituals) {
        setId("today-agenda");
        ZoneId zone = calendar.myZone();
        List<Occurrence> today = calendar.myDay();
        if (today.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("home.my-day.nothing-planned"));
            nothing.addClassName("relais-muted");
            add(nothing);
            return;
        }
        Instant first = today.stream().map(Occurrence::originalStart).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = today.stream().map(Occurrence::originalStart).max(Comparator.naturalOrder()).orElseThrow();
        lines(today, rituals.mine(first, last.plusMillis(1))).forEach(line -> add(line(line, zone)));
    }

    /** Today's occurrences in order, each with the reader's ritual meeting it is, if any (a handful of each). */
    static List<Line> lines(List<Occurrence> occurrences, List<MyRitualMeeting> meetings) {
        return occurrences.stream().map(occurrence -> new Line(occurrence, meetings.stream()
                .filter(meeting -> meeting.eventId() == occurrence.eventId()
                        && meeting.originalStart().equals(occurrence.originalStart()))
                .findFirst().orElse(null))).toList();
    }

    private Div line(Line line, ZoneId zone) {
        Occurrence occurrence = line.occurrence();
        Span when = new Span(occurrence.allDay() ? getTranslation("calendar.all-day")
                : Formats.time(occurrence.start(), zone, getLocale()) + " – " + Formats.time(occurrence.end(), zone, getLocale()));
        when.addClassName("relais-muted");
        Div row = new Div(when, new Span(" "), link(line.path(), OccurrenceTitles.of(occurrence, this::getTranslation)));
        row.addClassName("relais-day-line");
        MyRitualMeeting ritual = line.ritual();
        if (ritual == null) {
            if (occurrence.absence()) {
                row.addClassName("relais-day-absence");
            }
            return row;
        }
        row.addClassName("relais-day-ritual");
        Span badge = new Span(ritual.ritualTitle());
        badge.getElement().getThemeList().add("badge contrast small");
        row.add(new Span(" "), badge);
        if (ritual.minutesPath() != null) {
            row.add(new Span(" · "), link(ritual.minutesPath(), getTranslation(
                    ritual.kind() == RitualKind.FRIDAY_ALL_HANDS ? "home.my-day.agenda" : "home.my-day.minutes")));
        }
        return row;
    }

    private static Anchor link(String path, String text) {
        Anchor anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
