package io.relais.rituals.internal;

import io.relais.calendar.CalendarService;
import io.relais.calendar.EventVisibility;
import io.relais.docs.DocumentDetails;
import io.relais.docs.Visibility;
import io.relais.notifications.NotificationService;
import io.relais.people.PersonSummary;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualSettings;
import io.relais.rituals.TrioHistory;
import io.relais.rituals.TrioPlanner;
import io.relais.rituals.TrioRotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Plans the Monday trios of one week, once: the active people the ritual applies to, not opted
 * out, started and not away that Monday, grouped by {@link TrioRotation} from everybody's past
 * trios; for each group a meeting, its minutes from the template, its event and a notification
 * to each member. A week that already has trios is left as it is.
 */
@Component
class TrioWeek {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarService calendar;
    private final NotificationService notifications;
    private final RitualMeetingRepository meetings;
    private final RitualOptOutRepository optOuts;
    private final MinutesDocuments minutes;
    private final RitualEvents events;
    private final Clock clock;

    TrioWeek(CalendarService calendar, NotificationService notifications, RitualMeetingRepository meetings,
            RitualOptOutRepository optOuts, MinutesDocuments minutes, RitualEvents events, Clock clock) {
        this.calendar = calendar;
        this.notifications = notifications;
        this.meetings = meetings;
        this.optOuts = optOuts;
        this.minutes = minutes;
        this.events = events;
        this.clock = clock;
    }

    /** Plans the trios of that Monday; answers the groups made (none when the week was planned). */
    List<List<Long>> plan(RitualSettings ritual, LocalDate monday, List<PersonSummary> activePeople) {
        if (meetings.existsByRitualIdAndMeetingDate(ritual.id(), monday)) {
            return List.of();
        }
        Map<Long, PersonSummary> byId = activePeople.stream().collect(Collectors.toMap(PersonSummary::id, p -> p));
        List<TrioPlanner.Participant> participants = participants(ritual, monday, activePeople);
        List<List<Long>> groups = TrioRotation.plan(participants, history(ritual.id(), monday), monday);
        for (int i = 0; i < groups.size(); i++) {
            create(ritual, monday, i + 1, groups.get(i), byId);
        }
        return groups;
    }

    private List<TrioPlanner.Participant> participants(RitualSettings ritual, LocalDate monday, List<PersonSummary> people) {
        Set<Long> optedOut = new HashSet<>(optOuts.personIds(ritual.id()));
        List<PersonSummary> candidates = people.stream()
                .filter(p -> p.startDate() == null || !p.startDate().isAfter(monday))
                .filter(p -> ritual.appliesToTeam(p.teamId()) && !optedOut.contains(p.id())).toList();
        Set<Long> away = Absences.on(calendar, monday, ritual.zone(), candidates);
        return candidates.stream().filter(p -> !away.contains(p.id()))
                .map(p -> new TrioPlanner.Participant(p.id(), p.teamId())).toList();
    }

    /** Everybody's past trios of this ritual, week by week. */
    TrioHistory history(long ritualId, LocalDate before) {
        Map<Long, LocalDate> dayOfMeeting = new HashMap<>();
        Map<Long, List<Long>> members = new HashMap<>();
        for (Object[] row : meetings.participationsBefore(ritualId, before)) {
            long meeting = (Long) row[1];
            dayOfMeeting.put(meeting, (LocalDate) row[0]);
            members.computeIfAbsent(meeting, m -> new ArrayList<>()).add((Long) row[2]);
        }
        TrioHistory history = new TrioHistory();
        members.forEach((meeting, group) -> history.record(TrioRotation.week(dayOfMeeting.get(meeting)), List.of(group)));
        return history;
    }

    private void create(RitualSettings ritual, LocalDate monday, int number, List<Long> group, Map<Long, PersonSummary> byId) {
        LocalDateTime start = monday.atTime(ritual.localTime());
        List<PersonSummary> members = group.stream().map(byId::get).toList();
        PersonSummary organiser = members.getFirst();
        String names = members.stream().map(PersonSummary::fullName).collect(Collectors.joining(", "));
        String title = ritual.title() + " — " + monday + " — " + names;
        RitualMeeting meeting = meetings.save(new RitualMeeting(ritual.id(), PastMeeting.trioKey(monday, number), monday,
                start.atZone(ritual.zone()).toInstant(), start.plus(ritual.budget()).atZone(ritual.zone()).toInstant(),
                group, clock.instant()));
        DocumentDetails document = minutes.create(ritual, meeting.getId(), title, monday, organiser, Set.copyOf(group),
                Visibility.COMPANY);
        long eventId = events.create(ritual, ritual.title() + " — " + names, start, organiser.id(), group,
                EventVisibility.COMPANY, RitualEvents.description(ritual, meeting.getId(), document));
        meeting.link(eventId, meeting.getStartsAt(), meeting.getEndsAt(), document.id());
        for (PersonSummary member : members) {
            String partners = members.stream().filter(other -> other != member).map(PersonSummary::fullName)
                    .collect(Collectors.joining(", "));
            notifications.notify(member.id(), "rituals.notification.trio", MeetingPaths.of(meeting.getId()), partners,
                    start.format(WHEN));
        }
    }
}
