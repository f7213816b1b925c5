package io.relais.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Past ritual meetings as calendar events, with their invitations and outcomes, written in one
 * JDBC batch per table (the same columns the calendar service writes): thousands of trios would
 * take minutes one by one.
 */
final class DemoRitualEvents {

    /** One single event: on the organiser's calendar, the others invited. */
    record Planned(String key, long calendarId, String title, String description, Instant start, Instant end,
            long organiserId, List<Long> invited, String visibility) {
    }

    /** What is known about how it went ({@code null}: not recorded). */
    record Outcome(long eventId, Instant start, Boolean held, Integer minutesUsed, Long minutesDocumentId,
            Instant minutesWrittenAt) {
    }

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final Timestamp now;

    DemoRitualEvents(JdbcTemplate jdbc, ZoneId zone, Instant now) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.now = Timestamp.from(now);
    }

    /** Inserts the events; answers their ids by key. */
    Map<String, Long> insert(List<Planned> events, String source) {
        Map<String, String> uidOfKey = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Planned event : events) {
            String uid = UUID.randomUUID() + "@relais";
            uidOfKey.put(event.key(), uid);
            Timestamp end = Timestamp.from(event.end());
            rows.add(new Object[] {event.calendarId(), uid, event.title(), event.description(), Timestamp.from(event.start()),
                    end, zone.getId(), event.organiserId(), event.visibility(), source, end, now, now});
        }
        jdbc.batchUpdate("""
                insert into calendar_event (calendar_id, uid, title, description, start_at, end_at, time_zone, all_day,
                    organiser_id, visibility, source, series_end_at, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, 0)""", rows);
        Map<String, Long> idOfUid = new HashMap<>();
        jdbc.query("select id, uid from calendar_event where source = ?",
                row -> {
                    idOfUid.put(row.getString(2), row.getLong(1));
                }, source);
        Map<String, Long> ids = new HashMap<>();
        List<Object[]> invitations = new ArrayList<>();
        for (Planned event : events) {
            long id = idOfUid.get(uidOfKey.get(event.key()));
            ids.put(event.key(), id);
            event.invited().forEach(person -> invitations.add(new Object[] {id, person}));
        }
        jdbc.batchUpdate("insert into calendar_event_attendee (event_id, person_id) values (?, ?)", invitations);
        return ids;
    }

    void record(List<Outcome> outcomes) {
        List<Object[]> rows = outcomes.stream().map(o -> new Object[] {o.eventId(), Timestamp.from(o.start()), o.held(),
                o.minutesUsed(), o.minutesDocumentId(),
                o.minutesWrittenAt() == null ? null : Timestamp.from(o.minutesWrittenAt())}).toList();
        jdbc.batchUpdate("""
                insert into calendar_occurrence (event_id, original_start, cancelled, held, minutes_used,
                    minutes_document_id, minutes_linked_at) values (?, ?, false, ?, ?, ?, ?)""", rows);
    }
}
