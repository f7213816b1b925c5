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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Today's occurrences in order, each with the reader's ritual meeting it is, if any. */
    static List<Line> lines(List<Occurrence> occurrences, List<MyRitualMeeting> meetings) {
        Map<String, MyRitualMeeting> byOccurrence = meetings.stream().collect(Collectors.toMap(
                meeting -> meeting.eventId() + "@" + meeting.originalStart(), Function.identity(), (a, b) -> a));
        return occurrences.stream()
                .map(o -> new Line(o, byOccurrence.get(o.eventId() + "@" + o.originalStart()))).toList();
    }

    private Div line(Line line, ZoneId zone) {
        Occurrence occurrence = line.occurrence();
        Span when = new Span(occurrence.allDay() ? getTranslation("calendar.all-day")
                : Formats.time(occurrence.start(), zone, getLocale()) + " – " + Formats.time(occurrence.end(), zone, getLocale()));
        when.addClassName("relais-muted");
        Anchor title = new Anchor(line.path(), OccurrenceTitles.of(occurrence, this::getTranslation));
        title.getElement().setAttribute("router-link", true);
        Div row = new Div(when, new Span(" "), title);
        row.addClassName(line.ritual() != null ? "relais-day-ritual" : occurrence.absence() ? "relais-day-absence"
                : "relais-day-event");
        if (line.ritual() != null) {
            Span ritual = new Span(line.ritual().ritualTitle());
            ritual.getElement().getThemeList().add("badge contrast small");
            row.add(new Span(" "), ritual);
            if (line.ritual().minutesPath() != null) {
                Anchor minutes = new Anchor(line.ritual().minutesPath(), getTranslation(
                        line.ritual().kind() == RitualKind.FRIDAY_ALL_HANDS ? "home.my-day.agenda" : "home.my-day.minutes"));
                minutes.getElement().setAttribute("router-link", true);
                row.add(new Span(" · "), minutes);
            }
        }
        return row;
    }
}
