package io.relais.rituals.internal;

import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.EventForm;
import io.relais.calendar.Recurrence;
import io.relais.docs.DocumentDetails;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Friday all-hands: one recurring event on the company calendar (all teams invited), kept in
 * line with the ritual's settings ("this and following" from the week being planned when they
 * changed, so past occurrences keep their outcomes), and each week an agenda document that people
 * fill in during the week, created ahead with the week's meeting.
 */
@Component
class AllHandsWeek {

    private final CalendarService calendar;
    private final PersonService people;
    private final RitualMeetingRepository meetings;
    private final MinutesDocuments minutes;
    private final Clock clock;

    AllHandsWeek(CalendarService calendar, PersonService people, RitualMeetingRepository meetings,
            MinutesDocuments minutes, Clock clock) {
        this.calendar = calendar;
        this.people = people;
        this.meetings = meetings;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** Plans the all-hands of the week starting that Monday; false when it already was (or has no host). */
    boolean plan(Ritual ritual, LocalDate monday, List<PersonSummary> activePeople) {
        RitualSettings settings = ritual.settings();
        LocalDate day = monday.with(TemporalAdjusters.nextOrSame(settings.dayOfWeek()));
        String key = PastMeeting.allHandsKey(day);
        PersonSummary host = activePeople.stream().filter(p -> Objects.equals(p.id(), settings.hostId())).findFirst()
                .orElse(null);
        if (host == null || meetings.findByRitualIdAndMeetingKey(settings.id(), key).isPresent()) {
            return false;
        }
        long series = series(ritual, settings, monday, host);
        LocalDateTime start = day.atTime(settings.localTime());
        List<Long> participants = activePeople.stream()
                .filter(p -> (p.startDate() == null || !p.startDate().isAfter(day)) && settings.appliesToTeam(p.teamId()))
                .map(PersonSummary::id).toList();
        RitualMeeting meeting = meetings.save(new RitualMeeting(settings.id(), key, day,
                start.atZone(settings.zone()).toInstant(), start.plus(settings.budget()).atZone(settings.zone()).toInstant(),
                participants, clock.instant()));
        DocumentDetails agenda = minutes.create(settings, meeting.getId(), settings.title() + " — " + day, day, host,
                Set.of(), Visibility.COMPANY);
        meeting.link(series, meeting.getStartsAt(), meeting.getEndsAt(), agenda.id());
        return true;
    }

    /** Ends the series before the week starting that Monday (the ritual was switched off). */
    void stop(Ritual ritual, LocalDate monday) {
        Long current = ritual.getSeriesEventId();
        if (current == null) {
            return;
        }
        EventDetails details = calendar.event(current);
        Instant original = occurrenceInWeek(details, monday);
        if (original.isAfter(details.start())) {
            long following = calendar.updateFollowing(current, details.version(), original, single(details, original));
            calendar.delete(following);
        } else {
            calendar.delete(current);
        }
        ritual.planOn(null);
    }

    /** The series matching the settings from that week on: the current one, or its continuation. */
    private long series(Ritual ritual, RitualSettings settings, LocalDate monday, PersonSummary host) {
        LocalDate day = monday.with(TemporalAdjusters.nextOrSame(settings.dayOfWeek()));
        LocalDateTime start = day.atTime(settings.localTime());
        Set<Long> teams = people.teams().stream().map(TeamSummary::id).collect(Collectors.toSet());
        EventForm form = EventForm.timed(calendar.companyCalendar().id(), settings.title(), start,
                        start.plus(settings.budget()), settings.zone())
                .withDescription(settings.purpose())
                .withAttendees(teams.stream().sorted().map(Attendee::team).toList())
                .withRecurrence(Recurrence.weekly(Set.of(settings.dayOfWeek())))
                .plannedBy(host.id(), RitualEvents.source(settings));
        Long current = ritual.getSeriesEventId();
        if (current == null) {
            long created = calendar.create(form);
            ritual.planOn(created);
            return created;
        }
        EventDetails details = calendar.event(current);
        if (matches(details, settings, host, teams)) {
            return current;
        }
        Instant original = occurrenceInWeek(details, monday);
        long following = original.isAfter(details.start())
                ? calendar.updateFollowing(current, details.version(), original, form)
                : replaceWhole(current, details.version(), form);
        ritual.planOn(following);
        return following;
    }

    private long replaceWhole(long current, long version, EventForm form) {
        calendar.update(current, version, form);
        return current;
    }

    /** Whether the series is still what the settings ask for, every team of today invited (a new one too). */
    private static boolean matches(EventDetails details, RitualSettings settings, PersonSummary host, Set<Long> teams) {
        ZonedDateTime start = details.start().atZone(details.zone());
        return details.zone().equals(settings.zone()) && start.getDayOfWeek() == settings.dayOfWeek()
                && start.toLocalTime().equals(settings.localTime())
                && Duration.between(details.start(), details.end()).equals(settings.budget())
                && details.organiser() != null && details.organiser().id() == host.id()
                && Objects.equals(details.title(), settings.title())
                && details.attendees().stream().map(attendee -> attendee.attendee().teamId()).filter(Objects::nonNull)
                        .collect(Collectors.toSet()).equals(teams);
    }

    /** The planned start of the series' occurrence in the week starting that Monday. */
    private static Instant occurrenceInWeek(EventDetails details, LocalDate monday) {
        ZonedDateTime start = details.start().atZone(details.zone());
        return monday.with(TemporalAdjusters.nextOrSame(start.getDayOfWeek())).atTime(start.toLocalTime())
                .atZone(details.zone()).toInstant();
    }

    /** The occurrence from which the series is cut, as a single event (deleted right after). */
    private static EventForm single(EventDetails details, Instant original) {
        LocalDateTime start = original.atZone(details.zone()).toLocalDateTime();
        return EventForm.timed(details.calendar().id(), details.title(), start,
                start.plus(Duration.between(details.start(), details.end())), details.zone());
    }
}
