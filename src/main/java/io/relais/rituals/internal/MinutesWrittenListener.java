package io.relais.rituals.internal;

import io.relais.docs.DocumentChanged;
import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A ritual's minutes document was saved: the first save after its meeting began is when the
 * minutes were written (the pre-created template does not count), which the 24-hour rule reads.
 */
@Component
class MinutesWrittenListener {

    private final RitualMeetingRepository meetings;
    private final OutcomeRecorder recorder;
    private final Clock clock;

    MinutesWrittenListener(RitualMeetingRepository meetings, OutcomeRecorder recorder, Clock clock) {
        this.meetings = meetings;
        this.recorder = recorder;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DocumentChanged changed) {
        if (changed.type() != DocumentChanged.Type.UPDATED) {
            return;
        }
        Instant now = clock.instant();
        for (RitualMeeting meeting : meetings.findByMinutesDocumentId(changed.documentId())) {
            if (meeting.getEventId() != null && !meeting.getStartsAt().isAfter(now)) {
                recorder.minutesWritten(meeting, now);
            }
        }
    }
}
