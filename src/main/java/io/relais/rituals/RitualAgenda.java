package io.relais.rituals;

import io.relais.platform.CurrentUser;
import io.relais.rituals.internal.MeetingPaths;
import io.relais.rituals.internal.Ritual;
import io.relais.rituals.internal.RitualMeetingRepository;
import io.relais.rituals.internal.RitualRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own ritual meetings (their Monday trio, the all-hands, a newcomer's 1:1), for
 * their day: only meetings they take part in, so there is nobody else's to leak.
 */
@Service
@Transactional(readOnly = true)
public class RitualAgenda {

    private final RitualMeetingRepository meetings;
    private final RitualRepository rituals;
    private final CurrentUser currentUser;

    RitualAgenda(RitualMeetingRepository meetings, RitualRepository rituals, CurrentUser currentUser) {
        this.meetings = meetings;
        this.rituals = rituals;
        this.currentUser = currentUser;
    }

    /** The caller's meetings planned to start in [from, to), by start; none for a technical account. */
    @PreAuthorize("isAuthenticated()")
    public List<MyRitualMeeting> mine(Instant from, Instant to) {
        Long me = currentUser.require().personId();
        if (me == null || !to.isAfter(from)) {
            return List.of();
        }
        Map<Long, RitualSettings> settings = rituals.findAll().stream().map(Ritual::settings)
                .collect(Collectors.toMap(RitualSettings::id, ritual -> ritual));
        return meetings.ofPersonStartingBetween(me, from, to).stream().filter(meeting -> meeting.getEventId() != null)
                .map(meeting -> {
                    RitualSettings ritual = settings.get(meeting.getRitualId());
                    return new MyRitualMeeting(meeting.getId(), ritual.kind(), ritual.title(), meeting.getEventId(),
                            meeting.getStartsAt(), MeetingPaths.of(meeting.getId()),
                            MeetingPaths.minutes(meeting.getMinutesDocumentId()));
                }).toList();
    }
}
