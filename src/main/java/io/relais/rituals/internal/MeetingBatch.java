package io.relais.rituals.internal;

import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualKind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Inserts past meetings and their people with two JDBC batches (see {@code RitualBackfill}). */
@Component
public class MeetingBatch {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingBatch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(List<PastMeeting> meetings, ToLongFunction<RitualKind> ritualOf) {
        Timestamp now = Timestamp.from(clock.instant());
        Map<RitualKind, Long> ritualIds = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(meetings.size());
        for (PastMeeting meeting : meetings) {
            long ritualId = ritualIds.computeIfAbsent(meeting.kind(), ritualOf::applyAsLong);
            rows.add(new Object[] {ritualId, meeting.key(), Date.valueOf(meeting.date()), Timestamp.from(meeting.start()),
                    Timestamp.from(meeting.end()), meeting.eventId(), meeting.minutesDocumentId(), now});
        }
        jdbc.batchUpdate("""
                insert ignore into ritual_meeting (ritual_id, meeting_key, meeting_date, starts_at, ends_at, event_id,
                    minutes_document_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        Map<String, Long> ids = new HashMap<>();
        for (Long ritualId : ritualIds.values()) {
            jdbc.query("select id, meeting_key from ritual_meeting where ritual_id = ?",
                    row -> {
                        ids.put(ritualId + "/" + row.getString(2), row.getLong(1));
                    }, ritualId);
        }
        List<Object[]> people = new ArrayList<>();
        for (PastMeeting meeting : meetings) {
            long id = ids.get(ritualIds.get(meeting.kind()) + "/" + meeting.key());
            meeting.participantIds().forEach(person -> people.add(new Object[] {id, person}));
        }
        jdbc.batchUpdate("insert ignore into ritual_meeting_participant (meeting_id, person_id) values (?, ?)", people);
    }
}
