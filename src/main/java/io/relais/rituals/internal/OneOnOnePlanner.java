package io.relais.rituals.internal;

import io.relais.calendar.CalendarService;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.FreeSlotQuery;
import io.relais.calendar.TimeSlot;
import io.relais.docs.DocumentDetails;
import io.relais.docs.Visibility;
import io.relais.notifications.NotificationService;
import io.relais.people.PersonSummary;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds the slots of a newcomer's 1:1s and plans them (see {@code NewcomerOneOnOnes}). */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OneOnOnePlanner {

    /** Working days after the wished day a 1:1 may slip to when both calendars are full. */
    static final int SEARCH_DAYS = 7;
    static final LocalTime END_OF_DAY = LocalTime.of(18, 0);
    private static final Logger log = LoggerFactory.getLogger(OneOnOnePlanner.class);

    private final RitualRepository rituals;
    private final RitualMeetingRepository meetings;
    private final CalendarService calendar;
    private final NotificationService notifications;
    private final MinutesDocuments minutes;
    private final RitualEvents events;
    private final Clock clock;

    OneOnOnePlanner(RitualRepository rituals, RitualMeetingRepository meetings, CalendarService calendar,
            NotificationService notifications, MinutesDocuments minutes, RitualEvents events, Clock clock) {
        this.rituals = rituals;
        this.meetings = meetings;
        this.calendar = calendar;
        this.notifications = notifications;
        this.minutes = minutes;
        this.events = events;
        this.clock = clock;
    }

    public List<Long> schedule(PersonSummary newcomer, PersonSummary partner, LocalDate startDate) {
        RitualSettings ritual = rituals.findByKind(RitualKind.NEWCOMER_ONE_ON_ONES).map(Ritual::settings).orElseThrow();
        if (!ritual.active() || startDate == null || !ritual.appliesToTeam(newcomer.teamId())) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ritual.zone()));
        List<Long> planned = new ArrayList<>();
        for (int day : ritual.dayNumbers()) {
            String key = PastMeeting.oneOnOneKey(newcomer.id(), partner.id(), day);
            Optional<RitualMeeting> existing = meetings.findByRitualIdAndMeetingKey(ritual.id(), key);
            if (existing.isPresent()) {
                planned.add(existing.get().getId());
                continue;
            }
            LocalDate wished = startDate.plusDays(day - 1L);
            if (wished.isBefore(today)) {
                continue;
            }
            Optional<TimeSlot> slot = firstFreeSlot(ritual, newcomer, partner, wished);
            if (slot.isEmpty()) {
                log.warn("No free slot for the day-{} 1:1 of person {} with person {}", day, newcomer.id(), partner.id());
                continue;
            }
            planned.add(plan(ritual, key, day, newcomer, partner, slot.get()));
        }
        return planned;
    }

    private Optional<TimeSlot> firstFreeSlot(RitualSettings ritual, PersonSummary newcomer, PersonSummary partner,
            LocalDate wished) {
        LocalTime dayEnd = ritual.localTime().plus(ritual.budget()).isAfter(END_OF_DAY)
                ? ritual.localTime().plus(ritual.budget()) : END_OF_DAY;
        FreeSlotQuery query = new FreeSlotQuery(List.of(newcomer.id(), partner.id()), wished, wished.plusDays(SEARCH_DAYS),
                ritual.localTime(), dayEnd, ritual.zone(), ritual.budget(), 1);
        return calendar.freeSlots(query).stream().findFirst();
    }

    private long plan(RitualSettings ritual, String key, int day, PersonSummary newcomer, PersonSummary partner,
            TimeSlot slot) {
        LocalDateTime start = LocalDateTime.ofInstant(slot.start(), ritual.zone());
        List<Long> both = List.of(newcomer.id(), partner.id());
        RitualMeeting meeting = meetings.save(new RitualMeeting(ritual.id(), key, start.toLocalDate(), slot.start(),
                slot.end(), both, clock.instant()));
        String title = ritual.title() + " — " + newcomer.fullName() + " · " + partner.fullName() + " — " + day;
        DocumentDetails document = minutes.create(ritual, meeting.getId(), title + " — " + start.toLocalDate(),
                start.toLocalDate(), partner, Set.copyOf(both), Visibility.PEOPLE);
        long eventId = events.create(ritual, title, start, partner.id(), both, EventVisibility.PRIVATE,
                RitualEvents.description(ritual, meeting.getId(), document));
        meeting.link(eventId, slot.start(), slot.end(), document.id());
        String when = start.format(TrioWeek.WHEN);
        notifications.notify(newcomer.id(), "rituals.notification.one-on-one", MeetingPaths.of(meeting.getId()),
                partner.fullName(), when);
        notifications.notify(partner.id(), "rituals.notification.one-on-one", MeetingPaths.of(meeting.getId()),
                newcomer.fullName(), when);
        return meeting.getId();
    }
}
