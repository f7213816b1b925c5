package io.relais.activity;

import io.relais.activity.internal.ActivityEntry;
import io.relais.activity.internal.ActivityRepository;
import io.relais.activity.internal.ActivityRows;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what people do. Mandatory propagation: an activity is only true if the change it
 * describes commits, so it must be written in the caller's transaction and roll back with it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ActivityLog {

    private final ActivityRepository entries;
    private final ActivityRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityLog(ActivityRepository entries, ActivityRows rows, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param actorPersonId who acted, or {@code null} for the system
     * @param action what was done, e.g. {@code "CREATED"}
     * @param subjectType what kind of thing, e.g. {@code "DOCUMENT"}
     */
    @PreAuthorize("isAuthenticated()")
    public void record(Long actorPersonId, String action, String subjectType, long subjectId) {
        record(actorPersonId, action, subjectType, subjectId, null);
    }

    /** As {@link #record(Long, String, String, long)}, attributed to a team for per-team metrics. */
    @PreAuthorize("isAuthenticated()")
    public void record(Long actorPersonId, String action, String subjectType, long subjectId, Long teamId) {
        entries.save(new ActivityEntry(clock.instant(), actorPersonId, action, subjectType, subjectId, teamId));
    }

    /** An action that happened in the past, recorded after the fact. */
    public record PastActivity(Instant occurredAt, Long actorPersonId, String action, String subjectType, long subjectId,
            Long teamId) {
    }

    /**
     * Records history written after the fact (the demo organisation's past, imports), each at
     * its own past instant, in one batch. System work only, so nobody can rewrite when they did
     * something.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void recordAllAsOf(List<PastActivity> past) {
        Instant now = clock.instant();
        List<ActivityEntry> batch = new ArrayList<>(past.size());
        for (PastActivity p : past) {
            if (p.occurredAt().isAfter(now)) {
                throw new IllegalArgumentException("Past activity cannot be in the future: " + p.occurredAt());
            }
            batch.add(new ActivityEntry(p.occurredAt(), p.actorPersonId(), p.action(), p.subjectType(), p.subjectId(), p.teamId()));
        }
        rows.insert(batch);
        events.publishEvent(new PastActivityRecorded(past.stream().map(PastActivity::occurredAt).toList()));
    }

    /** How many times a subject was acted upon in a given way (tests and future metrics). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long count(String action, String subjectType, long subjectId) {
        return entries.countByActionAndSubjectTypeAndSubjectId(action, subjectType, subjectId);
    }
}
