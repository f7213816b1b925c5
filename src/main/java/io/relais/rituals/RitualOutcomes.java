package io.relais.rituals;

import io.relais.calendar.EventLinks;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.rituals.internal.MeetingPaths;
import io.relais.rituals.internal.OccurrenceReads;
import io.relais.rituals.internal.OutcomeRecorder;
import io.relais.rituals.internal.Ritual;
import io.relais.rituals.internal.RitualMeeting;
import io.relais.rituals.internal.RitualMeetingRepository;
import io.relais.rituals.internal.RitualRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the rituals' meetings went: held or not, within their time budget or not, minutes written
 * within 24 hours. Analytics reads {@link #between}; the people of a meeting (and HR) record it
 * from the meeting's page, linked from its event and its minutes.
 */
@Service
@Transactional
public class RitualOutcomes {

    static final int MAX_MINUTES_USED = 600;

    private final RitualMeetingRepository meetings;
    private final RitualRepository rituals;
    private final OccurrenceReads reads;
    private final OutcomeRecorder recorder;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    RitualOutcomes(RitualMeetingRepository meetings, RitualRepository rituals, OccurrenceReads reads,
            OutcomeRecorder recorder, PersonService people, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.rituals = rituals;
        this.reads = reads;
        this.recorder = recorder;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every ritual meeting starting in [from, to), by day, with its outcome. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'LEADERSHIP')")
    @Transactional(readOnly = true)
    public List<RitualOccurrence> between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        return reads.outcomes(meetings.startingBetween(from, to));
    }

    /** A meeting's page: its people, HR, leadership and administrators; anybody else gets "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MeetingDetails meeting(long meetingId) {
        RitualMeeting meeting = visible(meetingId);
        RitualSettings ritual = rituals.findById(meeting.getRitualId()).map(Ritual::settings).orElseThrow();
        Map<Long, PersonRef> refs = people.activePeople().stream().filter(p -> meeting.involves(p.id()))
                .collect(Collectors.toMap(p -> p.id(), p -> new PersonRef(p.id(), p.fullName(), p.initials()),
                        (a, b) -> a));
        List<PersonRef> participants = meeting.getParticipantIds().stream().sorted().map(refs::get)
                .filter(java.util.Objects::nonNull).toList();
        RitualOccurrence outcome = reads.outcomes(List.of(meeting)).getFirst();
        String minutesPath = MeetingPaths.minutes(outcome.minutesDocumentId());
        String calendarPath = meeting.getEventId() == null ? "/calendar"
                : EventLinks.of(meeting.getEventId(), meeting.getStartsAt());
        return new MeetingDetails(meeting.getId(), ritual.title(), ritual.purpose(), ritual.zone(), participants, outcome,
                minutesPath, calendarPath, mayRecord(meeting), !outcome.start().isAfter(clock.instant()));
    }

    /**
     * Records whether a meeting that has begun was held and how many minutes it took; {@code null}
     * leaves that part unknown. Its people, HR and administrators may.
     */
    @PreAuthorize("isAuthenticated()")
    public void record(long meetingId, Boolean held, Integer minutesUsed) {
        RitualMeeting meeting = visible(meetingId);
        if (!mayRecord(meeting)) {
            throw new UserFacingException(null, "rituals.error.not-allowed");
        }
        if (meeting.getStartsAt().isAfter(clock.instant())) {
            throw new UserFacingException(null, "rituals.error.not-yet");
        }
        if (minutesUsed != null && (minutesUsed < 0 || minutesUsed > MAX_MINUTES_USED)) {
            throw new UserFacingException("minutesUsed", "rituals.error.minutes-used", MAX_MINUTES_USED);
        }
        recorder.record(meeting, held, Boolean.FALSE.equals(held) ? null : minutesUsed);
    }

    private RitualMeeting visible(long meetingId) {
        RitualMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        boolean involved = currentUser.get().map(p -> p.personId()).map(meeting::involves).orElse(false);
        if (!involved && !currentUser.hasRole(Roles.HR) && !currentUser.hasRole(Roles.ADMIN)
                && !currentUser.hasRole(Roles.LEADERSHIP)) {
            throw new NotFoundException();
        }
        return meeting;
    }

    private boolean mayRecord(RitualMeeting meeting) {
        Long me = currentUser.get().map(p -> p.personId()).orElse(null);
        return (me != null && meeting.involves(me)) || currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN);
    }
}
