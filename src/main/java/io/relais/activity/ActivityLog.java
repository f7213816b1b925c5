package io.relais.activity;

import io.relais.activity.internal.ActivityEntry;
import io.relais.activity.internal.ActivityRepository;
import java.time.Clock;
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
    private final Clock clock;

    ActivityLog(ActivityRepository entries, Clock clock) {
        this.entries = entries;
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

    /** How many times a subject was acted upon in a given way (tests and future metrics). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long count(String action, String subjectType, long subjectId) {
        return entries.countByActionAndSubjectTypeAndSubjectId(action, subjectType, subjectId);
    }
}
