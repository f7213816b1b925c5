package io.relais.calendar.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.people.Membership;
import io.relais.people.PersonService;
import io.relais.platform.db.TimeBuckets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Person-hours in meetings: every occurrence of a meeting (a timed event with invitations)
 * counts its duration once per participant (the organiser, invited people, members of invited
 * teams) who was with the company that day, in the group asked about. Recurrences cannot be
 * expanded by SQL, so the event definitions overlapping the range are read (a few per series,
 * not one per occurrence) and expanded here, with their moved and cancelled occurrences.
 */
@Component
class MeetingLoad {

    private final CalendarEventRepository events;
    private final EventAttendeeRepository attendees;
    private final CalendarReads reads;
    private final CalendarViewers viewers;
    private final PersonService people;
    private final Clock clock;

    MeetingLoad(CalendarEventRepository events, EventAttendeeRepository attendees, CalendarReads reads,
            CalendarViewers viewers, PersonService people, Clock clock) {
        this.events = events;
        this.attendees = attendees;
        this.reads = reads;
        this.viewers = viewers;
        this.people = people;
        this.clock = clock;
    }

    /** Person-hours per period, for the group asked or per team of the people present. */
    GroupedMeasures personHours(AdoptionQuery query) {
        int periods = query.buckets().size();
        Map<Long, double[]> hours = new HashMap<>();
        expand(query, (occurrence, present) -> {
            int bucket = query.buckets().indexOf(occurrence.start());
            if (bucket >= 0) {
                for (Membership person : present) {
                    long group = !query.byTeam() ? GroupedMeasures.ASKED
                            : person.teamId() == null ? GroupedMeasures.NO_TEAM : person.teamId();
                    hours.computeIfAbsent(group, g -> new double[periods])[bucket] += hoursOf(occurrence);
                }
            }
        });
        Map<Long, List<Measure>> groups = new HashMap<>();
        hours.forEach((group, perPeriod) -> groups.put(group, Arrays.stream(perPeriod).mapToObj(h -> new Measure(h, 1)).toList()));
        return new GroupedMeasures(groups, periods, true);
    }

    /** The occurrences of the query's first period, with the person-minutes each cost. */
    List<DrillItem> occurrences(AdoptionQuery query) {
        CalendarViewer viewer = viewers.current();
        List<DrillItem> items = new ArrayList<>();
        Map<Long, CalendarAccess.Subject> subjects = new HashMap<>();
        expand(query, (occurrence, present) -> {
            if (query.buckets().indexOf(occurrence.start()) != 0) {
                return;
            }
            CalendarAccess.Subject subject = subjects.computeIfAbsent(occurrence.event().getId(),
                    id -> reads.subject(viewer, occurrence.event()));
            String title = CalendarAccess.seesDetails(viewer, subject) ? occurrence.event().getTitle() : null;
            items.add(new DrillItem(title, occurrence.start(), "/calendar", "analytics.drill.meeting",
                    Math.round(present.size() * hoursOf(occurrence) * 60)));
        });
        return items;
    }

    private record Held(CalendarEvent event, Instant start, Instant end) {
    }

    private static double hoursOf(Held occurrence) {
        return Duration.between(occurrence.start(), occurrence.end()).toSeconds() / 3600.0;
    }

    /**
     * Calls back with each occurrence in the query's range that has started (meetings planned for
     * later this week are not time spent yet) and who of the group took part (was with the
     * company that day).
     */
    private void expand(AdoptionQuery query, BiConsumer<Held, List<Membership>> each) {
        TimeBuckets buckets = query.buckets();
        Instant from = buckets.startInstant(0);
        Instant end = buckets.endInstant(buckets.size() - 1);
        Instant to = end.isAfter(clock.instant()) ? clock.instant() : end;
        if (!to.isAfter(from) || (!query.wholeCompany() && query.personIds().isEmpty())) {
            return;
        }
        Map<Long, Membership> memberships = people.memberships().stream()
                .collect(Collectors.toMap(Membership::personId, m -> m));
        List<CalendarEvent> found = query.wholeCompany() ? events.meetingsIn(from, to)
                : events.meetingsOf(from, to, query.personIds(), teamsOf(query.personIds(), memberships));
        if (found.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> teamMembers = memberships.values().stream().filter(m -> m.teamId() != null)
                .collect(Collectors.groupingBy(Membership::teamId, Collectors.mapping(Membership::personId, Collectors.toList())));
        Map<Long, List<EventAttendee>> invitations = attendees.findByEventIdIn(found.stream().map(CalendarEvent::getId).toList())
                .stream().collect(Collectors.groupingBy(EventAttendee::getEventId));
        Map<Long, Map<Instant, OccurrenceState>> states = reads.states(found, from, to);
        for (CalendarEvent event : found) {
            Set<Long> participants = participants(event, invitations.getOrDefault(event.getId(), List.of()), teamMembers);
            if (!query.wholeCompany()) {
                participants.retainAll(query.personIds());
            }
            if (participants.isEmpty()) {
                continue;
            }
            for (Recurrences.Planned planned : Recurrences.expand(event, from, to, states.getOrDefault(event.getId(), Map.of()))) {
                LocalDate day = planned.start().atZone(buckets.zone()).toLocalDate();
                List<Membership> present = present(participants, memberships, day);
                if (!present.isEmpty()) {
                    each.accept(new Held(event, planned.start(), planned.end()), present);
                }
            }
        }
    }

    /** The teams of a group's people; -1 (no team) when none, so that the query's list is never empty. */
    private static Set<Long> teamsOf(Set<Long> group, Map<Long, Membership> memberships) {
        Set<Long> teams = group.stream().map(memberships::get).filter(m -> m != null && m.teamId() != null)
                .map(Membership::teamId).collect(Collectors.toCollection(HashSet::new));
        if (teams.isEmpty()) {
            teams.add(-1L);
        }
        return teams;
    }

    private static Set<Long> participants(CalendarEvent event, List<EventAttendee> invited, Map<Long, List<Long>> teamMembers) {
        Set<Long> participants = new HashSet<>();
        participants.add(event.getOrganiserId());
        for (EventAttendee invitation : invited) {
            if (invitation.attendee().personId() != null) {
                participants.add(invitation.attendee().personId());
            } else {
                participants.addAll(teamMembers.getOrDefault(invitation.attendee().teamId(), List.of()));
            }
        }
        return participants;
    }

    private static List<Membership> present(Collection<Long> participants, Map<Long, Membership> memberships,
            LocalDate day) {
        List<Membership> present = new ArrayList<>();
        for (long personId : participants) {
            Membership membership = memberships.get(personId);
            if (membership != null && membership.daysPresent(day, day.plusDays(1)) > 0) {
                present.add(membership);
            }
        }
        return present;
    }
}
