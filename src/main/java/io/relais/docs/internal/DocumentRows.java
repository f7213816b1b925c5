package io.relais.docs.internal;

import io.relais.docs.KindFields;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many documents at once with batched JDBC statements: the bulk path of history written
 * after the fact. The documents are built and validated as {@link Document} entities that are
 * never persisted through JPA (their rules apply unchanged); only the storing is batched: one
 * batch per table. Instants are written
 * in UTC, as Hibernate writes them ({@code hibernate.jdbc.time_zone=UTC}).
 */
@Component
public class DocumentRows {

    /** One save of a document being stored: its revision snapshot. */
    public record Snapshot(int number, String title, String body, String kindFields, long authorId, Instant at) {

        public static Snapshot of(Document document, int number, long authorId, Instant at) {
            return new Snapshot(number, document.getTitle(), document.getBody(), KindFieldsText.of(document.fields()), authorId, at);
        }
    }

    private static final String INSERT_DOCUMENT = """
            insert into document (space_id, kind, title, slug, body, language, visibility, owner_id, created_at,
                updated_at, updated_by, review_by, revision, meeting_date, agenda, decision_context, decision_text,
                decision_status, decided_on, superseded_by, problem_text, solution_text, problem_status, client_project,
                helped_count, feedback_source, sentiment, follow_up_status, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcTemplate jdbc;

    DocumentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores each document in its final state with all its revisions; answers their ids in order.
     * The documents go in one batch; their ids are then read back by space and slug, which are
     * unique together.
     */
    public List<Long> insert(List<Document> documents, List<List<Snapshot>> snapshots) {
        jdbc.batchUpdate(INSERT_DOCUMENT, documents.stream().map(DocumentRows::values).toList());
        Map<String, Long> idBySpaceAndSlug = new HashMap<>();
        for (long spaceId : documents.stream().map(d -> d.getSpace().getId()).distinct().toList()) {
            jdbc.query("select id, slug from document where space_id = ?", row -> {
                idBySpaceAndSlug.put(spaceId + "/" + row.getString(2), row.getLong(1));
            }, spaceId);
        }
        List<Long> ids = documents.stream().map(d -> idBySpaceAndSlug.get(d.getSpace().getId() + "/" + d.getSlug())).toList();
        List<Object[]> revisions = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> readers = new ArrayList<>();
        List<Object[]> attendees = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            long id = ids.get(i);
            Document document = documents.get(i);
            for (Snapshot s : snapshots.get(i)) {
                revisions.add(new Object[] {id, s.number(), s.title(), s.body(), s.kindFields(), s.authorId(), utc(s.at())});
            }
            document.getTags().forEach(tag -> tags.add(new Object[] {id, tag.getId()}));
            document.getReaderIds().forEach(person -> readers.add(new Object[] {id, person}));
            KindFields f = document.fields();
            f.attendeeIds().forEach(person -> attendees.add(new Object[] {id, person}));
            for (int p = 0; p < f.decisionsTaken().size(); p++) {
                decisions.add(new Object[] {id, p, f.decisionsTaken().get(p)});
            }
            for (int p = 0; p < f.actionItems().size(); p++) {
                KindFields.ActionItem item = f.actionItems().get(p);
                actions.add(new Object[] {id, p, item.text(), item.assigneeId(), item.dueDate(), item.done()});
            }
        }
        jdbc.batchUpdate("""
                insert into document_revision (document_id, number, title, body, kind_fields, author_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", revisions);
        jdbc.batchUpdate("insert into document_tag (document_id, tag_id) values (?, ?)", tags);
        jdbc.batchUpdate("insert into document_reader (document_id, person_id) values (?, ?)", readers);
        jdbc.batchUpdate("insert into document_attendee (document_id, person_id) values (?, ?)", attendees);
        jdbc.batchUpdate("insert into document_decision_taken (document_id, position, text) values (?, ?, ?)", decisions);
        jdbc.batchUpdate("insert into action_item (document_id, position, text, assignee_id, due_date, done) values (?, ?, ?, ?, ?, ?)",
                actions, new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.DATE, Types.BOOLEAN});
        return ids;
    }

    /** Creates the tags that do not exist yet, in one batch. */
    public void insertMissingTags(java.util.Collection<String> names) {
        jdbc.batchUpdate("insert ignore into tag (name) values (?)", names.stream().map(name -> new Object[] {name}).toList());
    }

    private static Object[] values(Document d) {
        KindFields f = d.fields();
        return new Object[] {d.getSpace().getId(), d.getKind().name(), d.getTitle(), d.getSlug(), d.getBody(), d.getLanguage(),
                d.getVisibility().name(), d.getOwnerId(), utc(d.getCreatedAt()), utc(d.getUpdatedAt()), d.getUpdatedBy(),
                d.getReviewBy(), d.getRevision(), f.meetingDate(), f.agenda(), f.decisionContext(), f.decision(),
                name(f.decisionStatus()), f.decidedOn(), f.supersededBy(), f.problem(), f.solution(), name(f.problemStatus()),
                f.clientProject(), f.helpedCount(), name(f.feedbackSource()), name(f.sentiment()), name(f.followUp())};
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
