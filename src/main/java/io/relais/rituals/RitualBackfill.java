package io.relais.rituals;

import io.relais.rituals.internal.MeetingBatch;
import io.relais.rituals.internal.Ritual;
import io.relais.rituals.internal.RitualEvents;
import io.relais.rituals.internal.RitualRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records rituals' past meetings in bulk (the demo's three years of history), one batch per
 * table: planning them one by one through the calendar, documents and notifications would take
 * minutes and notify people of meetings long gone. ADMIN only; used by no view or API.
 */
@Service
@Transactional
public class RitualBackfill {

    private final RitualRepository rituals;
    private final MeetingBatch batch;

    RitualBackfill(RitualRepository rituals, MeetingBatch batch) {
        this.rituals = rituals;
        this.batch = batch;
    }

    /** Stores the meetings with their people; keys already recorded are left as they are. */
    @PreAuthorize("hasRole('ADMIN')")
    public void record(List<PastMeeting> meetings) {
        batch.insert(meetings, kind -> rituals.findByKind(kind).map(Ritual::getId).orElseThrow());
    }

    /** The all-hands runs on this calendar series from now on (created by the caller). */
    @PreAuthorize("hasRole('ADMIN')")
    public void adoptAllHandsSeries(long eventId) {
        rituals.findByKind(RitualKind.FRIDAY_ALL_HANDS).orElseThrow().planOn(eventId);
    }

    /** The source tag of a ritual's calendar events, for callers that write events themselves. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String eventSource(RitualKind kind) {
        return RitualEvents.source(rituals.findByKind(kind).map(Ritual::getId).orElseThrow());
    }
}
