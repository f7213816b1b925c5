package io.relais.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows the demo organisation to issue 7's scale with set-based SQL in MariaDB ({@code INSERT …
 * SELECT} over the SEQUENCE engine's {@code seq_1_to_N}), never row by row: more people in more
 * teams, and three years of what the adoption sources aggregate, in proportion to the activity
 * rows asked for (R): R activity records (the heatmap), R/100 documents (articles, minutes,
 * decisions) with R/10 saves, R/5 days of views, ~R/50 upvotes, R/10 searches (~45 % clicked),
 * R/200 one-off meetings with 2–5 invited people and their outcomes, and one weekly meeting per
 * new team.
 *
 * <p>The shape is realistic enough for the plans and the volumes the queries read: activity grows
 * over the three years (density rises linearly), 90 % of actions fall on weekdays and mostly in
 * working hours, people and documents are spread evenly. Pseudo-random values come from {@code
 * crc32} of the row number and a salt, so a run is reproducible. Simplifications (the analytics
 * does not read them): bodies are short, new people have no accounts, and a person's actions are
 * not confined to their employment dates.
 */
final class AdoptionScaleData {

    /** The three years measured, in days, ending now. */
    private static final int DAYS = 3 * 365;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> generatedMillis = new LinkedHashMap<>();

    AdoptionScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What each step took, in milliseconds, in order. */
    Map<String, Long> generatedMillis() {
        return generatedMillis;
    }

    /** Adds people until there are {@code people} in total and {@code activityRows} activity records with the rest. */
    void generate(int people, long activityRows) {
        requireSequenceEngine();
        long existing = jdbc.queryForObject("select count(*) from person", Long.class);
        long extra = Math.max(0, people - existing);
        long documents = activityRows / 100;
        step("people and teams", () -> addPeople(extra));
        step("person index", this::indexPeople);
        step("documents", () -> addDocuments(documents));
        step("document saves", this::addRevisions);
        step("document views", this::addViews);
        step("upvotes", this::addUpvotes);
        step("decisions taken in minutes", this::addDecisionsTaken);
        step("searches and clicks", () -> addSearches(activityRows / 10));
        step("meetings", () -> addMeetings(activityRows / 200));
        step("activity", () -> addActivity(activityRows));
        step("analyze tables", this::analyze);
    }

    /** Rows per table the adoption figures read, for the report. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("person", "team", "activity", "document", "document_revision", "document_view_day",
                "document_upvote", "document_decision_taken", "search_query", "search_click", "calendar_event",
                "calendar_event_attendee", "calendar_occurrence")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private void step(String what, Runnable work) {
        long began = System.nanoTime();
        work.run();
        generatedMillis.put(what, (System.nanoTime() - began) / 1_000_000);
    }

    private void requireSequenceEngine() {
        try {
            jdbc.queryForObject("select count(*) from seq_1_to_3", Long.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The benchmark generates its data with MariaDB's SEQUENCE engine", e);
        }
    }

    /** A reproducible pseudo-random number in [0, 1) for row {@code n}. */
    private static String u(String n, String salt) {
        return "(crc32(concat(" + n + ", '" + salt + "')) / 4294967296)";
    }

    /**
     * A moment in the last three years for row {@code n}: later days are likelier (adoption grows),
     * 90 % of the weekend moves to the Friday before, 85 % of the hours are working hours (08–18).
     */
    private static String moment(String n) {
        String day = "(date(utc_timestamp()) - interval floor(" + DAYS + " * sqrt(" + u(n, "d") + ")) day)";
        String weekday = "if(weekday(" + day + ") >= 5 and " + u(n, "w") + " < 0.9, " + day
                + " - interval (weekday(" + day + ") - 4) day, " + day + ")";
        String hour = "if(" + u(n, "h") + " < 0.85, 7 + floor(10 * " + u(n, "k") + "), floor(24 * " + u(n, "k") + "))";
        return "least(utc_timestamp(6) - interval 1 minute, timestamp(" + weekday + ") + interval " + hour
                + " hour + interval floor(3600 * " + u(n, "s") + ") second)";
    }

    private static String sequence(long size) {
        return "seq_1_to_" + Math.max(1, size);
    }

    /** New teams of about twelve, new people spread over them; three in four were there three years ago. */
    private void addPeople(long extra) {
        if (extra == 0) {
            return;
        }
        long teams = Math.max(1, extra / 12);
        jdbc.update("insert into team (name, description) select concat('Bench team ', seq), 'Generated for the adoption"
                + " benchmark' from " + sequence(teams));
        jdbc.execute("create table bench_team (k int primary key, id bigint not null) select row_number() over (order by id)"
                + " as k, id from team");
        long allTeams = jdbc.queryForObject("select count(*) from bench_team", Long.class);
        String started = "date(utc_timestamp()) - interval floor(if(" + u("seq", "a") + " < 0.75, 1100 + 700 * "
                + u("seq", "b") + ", " + DAYS + " * " + u("seq", "b") + ")) day";
        jdbc.update("insert into person (first_name, last_name, email, job_title, team_id, start_date, time_zone, active,"
                + " left_on, created_at, updated_at) select concat('Bench', seq), concat('Person', seq),"
                + " concat('bench.person', seq, '@bench.invalid'), 'Engineer', t.id, " + started + ", 'Europe/Paris',"
                + " " + u("seq", "l") + " >= 0.08,"
                + " if(" + u("seq", "l") + " < 0.08, date(utc_timestamp()) - interval floor(300 * " + u("seq", "m")
                + ") day, null), utc_timestamp(6), utc_timestamp(6) from " + sequence(extra)
                + " join bench_team t on t.k = 1 + seq mod " + allTeams);
        // nobody leaves before they start
        jdbc.update("update person set left_on = start_date + interval 30 day where left_on is not null and left_on <= start_date");
    }

    /** Everybody numbered 1..n, so that a row picks a person by number. */
    private void indexPeople() {
        jdbc.execute("create table bench_person (k int primary key, id bigint not null, team_id bigint null)"
                + " select row_number() over (order by id) as k, id, team_id from person");
        jdbc.execute("create table bench_space (k int primary key, id bigint not null) select row_number() over"
                + " (order by id) as k, id from space");
    }

    private String person(String n, String salt) {
        long people = jdbc.queryForObject("select count(*) from bench_person", Long.class);
        return "1 + floor(" + people + " * " + u(n, salt) + ")";
    }

    /** 55 % articles (60 % with a review date), 30 % minutes, 15 % decisions (70 % accepted). */
    private void addDocuments(long documents) {
        long spaces = jdbc.queryForObject("select count(*) from bench_space", Long.class);
        String kind = "case when " + u("seq", "kind") + " < 0.55 then 'ARTICLE' when " + u("seq", "kind")
                + " < 0.85 then 'MINUTES' else 'DECISION' end";
        jdbc.execute("create table bench_document_seed (seq bigint primary key, kind varchar(16), created_at timestamp(6))"
                + " select seq, " + kind + " as kind, " + moment("seq") + " as created_at from " + sequence(documents));
        String accepted = "(d.kind = 'DECISION' and " + u("seq", "acc") + " < 0.7)";
        String decidedOn = "date(d.created_at) + interval floor(20 * " + u("seq", "dd") + ") day";
        jdbc.update("insert into document (space_id, kind, title, slug, body, language, visibility, owner_id, created_at,"
                + " updated_at, updated_by, review_by, revision, meeting_date, decision_text, decision_status, decided_on)"
                + " select s.id, d.kind, concat('Bench document ', d.seq), concat('bench-document-', d.seq),"
                + " 'Generated for the adoption benchmark.', 'en', 'COMPANY', p.id, d.created_at, d.created_at, p.id,"
                + " if(d.kind = 'ARTICLE' and " + u("seq", "rv") + " < 0.6, date(utc_timestamp()) + interval floor(730 * "
                + u("seq", "rw") + ") - 540 day, null), 1,"
                + " if(d.kind = 'MINUTES', date(d.created_at) - interval floor(3 * " + u("seq", "md") + ") day, null),"
                + " if(d.kind = 'DECISION', 'We decided.', null),"
                + " case when d.kind <> 'DECISION' then null when " + accepted + " and " + decidedOn
                + " <= date(utc_timestamp()) then 'ACCEPTED' else 'PROPOSED' end,"
                + " if(" + accepted + " and " + decidedOn + " <= date(utc_timestamp()), " + decidedOn + ", null)"
                + " from bench_document_seed d join bench_person p on p.k = " + person("d.seq", "own")
                + " join bench_space s on s.k = 1 + d.seq mod " + spaces);
        jdbc.execute("drop table bench_document_seed");
    }

    /** 1 to 19 saves per document (10 on average), the first by the owner, the others in the following weeks. */
    private void addRevisions() {
        jdbc.update("insert into document_revision (document_id, number, title, body, kind_fields, author_id, created_at)"
                + " select d.id, s.seq, d.title, d.body, '{}', if(s.seq = 1, d.owner_id, p.id),"
                + " least(utc_timestamp(6) - interval 1 minute, d.created_at + interval floor((s.seq - 1) * 4 * 86400 * "
                + u("d.id * 31 + s.seq", "rev") + ") second)"
                + " from document d join seq_1_to_19 s on s.seq <= 1 + floor(19 * " + u("d.id", "saves") + ")"
                + " join bench_person p on p.k = " + person("d.id * 31 + s.seq", "auth")
                + " where d.slug like 'bench-document-%'");
        jdbc.update("update document d join (select document_id, max(number) as last, max(created_at) as at"
                + " from document_revision group by document_id) r on r.document_id = d.id"
                + " set d.revision = r.last, d.updated_at = r.at where d.slug like 'bench-document-%'");
    }

    /** About 20 days of views per document, every third day after its creation while it is recent. */
    private void addViews() {
        jdbc.update("insert into document_view_day (document_id, day, views, unique_viewers)"
                + " select d.id, date(d.created_at) + interval 3 * s.seq day, 1 + floor(12 * " + u("d.id * 41 + s.seq", "v")
                + "), 1 + floor(4 * " + u("d.id * 41 + s.seq", "v") + ")"
                + " from document d join seq_1_to_40 s on s.seq <= 1 + floor(40 * " + u("d.id", "views") + ")"
                + " where d.slug like 'bench-document-%' and date(d.created_at) + interval 3 * s.seq day <= date(utc_timestamp())");
    }

    /** Up to four upvotes per document (about two), in the month after its creation. */
    private void addUpvotes() {
        long people = jdbc.queryForObject("select count(*) from bench_person", Long.class);
        jdbc.update("insert ignore into document_upvote (document_id, person_id, created_at)"
                + " select d.id, p.id, least(utc_timestamp(6) - interval 1 minute, d.created_at + interval floor(30 * 86400 * "
                + u("d.id * 7 + s.seq", "up") + ") second)"
                + " from document d join seq_1_to_4 s on s.seq <= floor(5 * " + u("d.id", "votes") + ")"
                + " join bench_person p on p.k = 1 + (d.id * 7 + s.seq * 13) mod " + people
                + " where d.slug like 'bench-document-%'");
    }

    /** Six in ten minutes record one decision. */
    private void addDecisionsTaken() {
        jdbc.update("insert into document_decision_taken (document_id, position, text) select d.id, 0, 'We agreed.'"
                + " from document d where d.kind = 'MINUTES' and d.slug like 'bench-document-%' and " + u("d.id", "dt") + " < 0.6");
    }

    /** Searches under a keyed-hash-like user, 12 % without results, 45 % followed by a click. */
    private void addSearches(long searches) {
        jdbc.update("insert into search_query (user_hash, query_text, result_count, channel, searched_at)"
                + " select sha2(concat('bench', " + person("seq", "sp") + "), 256), concat('topic ', floor(400 * "
                + u("seq", "qt") + ")), if(" + u("seq", "zero") + " < 0.12, 0, 1 + floor(40 * " + u("seq", "rc") + ")),"
                + " 'WEB', " + moment("seq") + " from " + sequence(searches));
        jdbc.update("insert into search_click (query_id, entry_key, position, clicked_at)"
                + " select q.id, concat('document:', q.id mod 1000), 1 + floor(5 * " + u("q.id", "pos") + "),"
                + " q.searched_at + interval 20 second from search_query q"
                + " where q.user_hash <> '' and q.result_count > 0 and " + u("q.id", "click") + " < 0.51"
                + " and q.query_text like 'topic %'");
    }

    /**
     * One-off meetings (30 to 90 minutes, 2 to 5 invited people) on the company calendar, 80 % with
     * a recorded outcome, and a weekly one-hour meeting per new team (the whole team invited).
     */
    private void addMeetings(long meetings) {
        long calendar = jdbc.queryForObject("select min(id) from calendar", Long.class);
        // a single event's series ends with it, as the calendar writes it
        jdbc.update("insert into calendar_event (calendar_id, uid, title, start_at, end_at, series_end_at, time_zone, all_day,"
                + " organiser_id, visibility, created_at, updated_at) select " + calendar + ", concat('bench-meeting-', seq),"
                + " concat('Bench meeting ', seq), m.start_at, m.end_at, m.end_at, 'Europe/Paris', false, p.id, 'COMPANY',"
                + " m.start_at - interval 2 day, m.start_at - interval 2 day"
                + " from (select seq, " + moment("seq") + " as start_at, " + moment("seq") + " + interval 30 * (1 + floor(3 * "
                + u("seq", "len") + ")) minute as end_at from " + sequence(meetings) + ") m"
                + " join bench_person p on p.k = " + person("seq", "org"));
        jdbc.update("insert into calendar_event_attendee (event_id, person_id) select distinct e.id, p.id from calendar_event e"
                + " join seq_1_to_5 s on s.seq <= 2 + floor(4 * " + u("e.id", "inv") + ")"
                + " join bench_person p on p.k = " + person("e.id * 5 + s.seq", "att")
                + " where e.uid like 'bench-meeting-%' and p.id <> e.organiser_id");
        jdbc.update("insert into calendar_occurrence (event_id, original_start, held, minutes_used, minutes_linked_at)"
                + " select e.id, e.start_at, " + u("e.id", "held") + " < 0.9, timestampdiff(minute, e.start_at, e.end_at)"
                + " + floor(20 * " + u("e.id", "used") + ") - 10, if(" + u("e.id", "mins") + " < 0.6, e.end_at + interval"
                + " floor(48 * " + u("e.id", "late") + ") hour, null) from calendar_event e"
                + " where e.uid like 'bench-meeting-%' and " + u("e.id", "out") + " < 0.8");
        jdbc.update("insert into calendar_event (calendar_id, uid, title, start_at, end_at, time_zone, all_day, organiser_id,"
                + " visibility, rrule, created_at, updated_at) select " + calendar + ", concat('bench-weekly-', t.id),"
                + " concat('Weekly of ', t.name), timestamp(date(utc_timestamp()) - interval " + DAYS + " day) + interval 8 hour,"
                + " timestamp(date(utc_timestamp()) - interval " + DAYS + " day) + interval 9 hour, 'Europe/Paris', false,"
                + " (select min(p.id) from person p where p.team_id = t.id), 'COMPANY', 'FREQ=WEEKLY', utc_timestamp(6),"
                + " utc_timestamp(6) from team t where t.name like 'Bench team %'"
                + " and exists (select 1 from person p where p.team_id = t.id)");
        jdbc.update("insert into calendar_event_attendee (event_id, team_id) select e.id, t.id from calendar_event e"
                + " join team t on e.uid = concat('bench-weekly-', t.id)");
    }

    /** Activity records with the demo's mix of actions, by everybody, attributed to the actor's team. */
    private void addActivity(long rows) {
        jdbc.execute("create table bench_action (k int primary key, action varchar(40), subject_type varchar(40))"
                + " select row_number() over (order by count(*) desc) as k, action, subject_type from activity"
                + " group by action, subject_type");
        long actions = jdbc.queryForObject("select count(*) from bench_action", Long.class);
        if (actions == 0) {
            throw new IllegalStateException("The demo organisation recorded no activity whose mix of actions to follow");
        }
        List<String> indexes = secondaryIndexes("activity");
        if (!indexes.isEmpty()) {
            // bulk loading: rows in random time order would update the time index at random pages
            // (the buffer pool is 128 MB); it is dropped and built again, sorted, afterwards
            jdbc.execute("alter table activity " + String.join(", ", indexes.stream()
                    .map(index -> "drop index " + index.substring(0, index.indexOf(' '))).toList()));
        }
        // in slices, so that one transaction never holds millions of rows' undo
        long slice = 1_000_000;
        for (long first = 0; first < rows; first += slice) {
            long size = Math.min(slice, rows - first);
            String n = "(seq + " + first + ")";
            jdbc.update("insert into activity (occurred_at, actor_person_id, action, subject_type, subject_id, team_id)"
                    + " select " + moment(n) + ", p.id, a.action, a.subject_type, 1 + floor(100000 * " + u(n, "sub") + "),"
                    + " p.team_id from " + sequence(size) + " join bench_person p on p.k = " + person(n, "act")
                    + " join bench_action a on a.k = 1 + floor(" + actions + " * " + u(n, "what") + " * " + u(n, "what2") + ")");
        }
        if (!indexes.isEmpty()) {
            jdbc.execute("alter table activity " + String.join(", ", indexes.stream().map(index -> "add index " + index).toList()));
        }
    }

    /** A table's secondary indexes (all non-unique) as {@code "name (column,column)"}, to drop and add again. */
    private List<String> secondaryIndexes(String table) {
        return jdbc.query("select index_name, group_concat(column_name order by seq_in_index) as columns, min(non_unique)"
                + " as non_unique from information_schema.statistics where table_schema = database() and table_name = ?"
                + " and index_name <> 'PRIMARY' group by index_name", (rs, i) -> {
                    if (rs.getInt("non_unique") == 0) {
                        throw new IllegalStateException("Unexpected unique index on " + table + ": " + rs.getString(1));
                    }
                    return rs.getString("index_name") + " (" + rs.getString("columns") + ")";
                }, table);
    }

    private void analyze() {
        List<String> tables = new ArrayList<>(List.of("person", "team", "activity", "document", "document_revision",
                "document_view_day", "document_upvote", "document_decision_taken", "search_query", "search_click",
                "calendar_event", "calendar_event_attendee", "calendar_occurrence"));
        jdbc.execute("analyze table " + String.join(", ", tables));
    }
}
