package io.relais.onboarding;

import io.relais.activity.ActivityLog;
import io.relais.activity.ActivityLog.PastActivity;
import io.relais.onboarding.internal.Audit;
import io.relais.onboarding.internal.ItemTodos;
import io.relais.onboarding.internal.OnboardingProperties;
import io.relais.onboarding.internal.OnboardingRepository;
import io.relais.onboarding.internal.PersonNames;
import io.relais.onboarding.internal.TemplateRepository;
import io.relais.onboarding.internal.WorkingCalendar;
import io.relais.platform.NotFoundException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes checklists that ran in the past (the demo organisation's history), in batches, with the
 * audit trail and activity log their steps would have left; running ones are put on the to-do
 * lists. System work only (ADMIN), used by no view or API; publishes no event and notifies nobody.
 */
@Service
@Transactional
public class OnboardingBackfill {

    /** How one item went, in template order. */
    public record PastStep(boolean open, int daysAfterDue, int reviewRounds, String sentBackComment) {

        /** Still open, whatever its due date (a late item). */
        public static PastStep stillOpen() {
            return new PastStep(true, 0, 0, null);
        }

        /** Done {@code daysAfterDue} days after its due date (negative: early), if that day is past; else open. */
        public static PastStep doneIfDue(int daysAfterDue) {
            return new PastStep(false, daysAfterDue, 1, null);
        }

        /** A writing exercise approved at submission {@code rounds}; sent back with the comment before that. */
        public static PastStep reviewed(int daysAfterDue, int rounds, String sentBackComment) {
            return new PastStep(false, daysAfterDue, rounds, sentBackComment);
        }
    }

    /** One checklist of the past; {@code steps} follow the template's items (missing ones count as {@link PastStep#doneIfDue}(0)). */
    public record PastChecklist(long personId, long templateId, Long teamId, Long buddyId, Long managerId, Long hrId,
            Long itId, LocalDate startDate, List<PastStep> steps) {
    }

    private record Entry(long onboardingId, Long itemId, Long actorId, AuditAction action, String comment, Instant at,
            Long teamId) {
    }

    private record Row(long onboardingId, int position, TemplateItemForm item, Long responsibleId, LocalDate due,
            ItemStatus status, int rounds, Instant completedAt, Long completedBy, String comment, Long teamId,
            Long reviewerId) {
    }

    private final JdbcTemplate jdbc;
    private final TemplateRepository templates;
    private final OnboardingRepository onboardings;
    private final ItemTodos todos;
    private final PersonNames names;
    private final ActivityLog activity;
    private final WorkingCalendar calendar;
    private final Clock clock;

    OnboardingBackfill(JdbcTemplate jdbc, TemplateRepository templates, OnboardingRepository onboardings,
            ItemTodos todos, PersonNames names, ActivityLog activity, OnboardingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.onboardings = onboardings;
        this.todos = todos;
        this.names = names;
        this.activity = activity;
        this.calendar = properties.calendar();
        this.clock = clock;
    }

    /** Writes the checklists; answers how many items were written. */
    @PreAuthorize("hasRole('ADMIN')")
    public int seed(List<PastChecklist> checklists) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        List<Row> rows = new ArrayList<>();
        List<Long> running = new ArrayList<>();
        List<Entry> checklistEntries = new ArrayList<>();
        for (PastChecklist past : checklists) {
            var template = templates.findById(past.templateId()).orElseThrow(NotFoundException::new);
            List<TemplateItemForm> items = template.getItems().stream().map(i -> i.toForm()).toList();
            List<Row> checklistRows = new ArrayList<>();
            Instant finished = null;
            boolean allDone = true;
            Instant startedAt = min(past.startDate().minusDays(14).atStartOfDay(zone).toInstant(), now);
            long onboardingId = insertOnboarding(past, template.getPurpose(), startedAt);
            checklistEntries.add(new Entry(onboardingId, null, past.hrId(), AuditAction.STARTED, null, startedAt,
                    past.teamId()));
            for (int position = 0; position < items.size(); position++) {
                TemplateItemForm item = items.get(position);
                PastStep step = position < past.steps().size() ? past.steps().get(position) : PastStep.doneIfDue(0);
                Long responsible = switch (item.responsible()) {
                    case NEWCOMER -> past.personId();
                    case BUDDY -> past.buddyId();
                    case MANAGER -> past.managerId();
                    case HR -> past.hrId();
                    case IT -> past.itId();
                };
                LocalDate due = calendar.dueDate(past.startDate(), item.dueOffsetDays());
                Instant doneAt = due.plusDays(step.daysAfterDue()).atTime(10 + position % 7, 15).atZone(zone).toInstant();
                boolean done = !step.open() && doneAt.isBefore(now);
                Long reviewer = past.buddyId() != null ? past.buddyId() : past.managerId();
                boolean review = item.kind() == ItemKind.WRITE_AND_REVIEW;
                checklistRows.add(new Row(onboardingId, position, item, responsible, due,
                        done ? ItemStatus.DONE : ItemStatus.OPEN, done && review ? Math.max(1, step.reviewRounds()) : 0,
                        done ? doneAt : null, done ? (review ? reviewer : responsible) : null, step.sentBackComment(),
                        past.teamId(), reviewer));
                allDone &= done;
                if (done && (finished == null || doneAt.isAfter(finished))) {
                    finished = doneAt;
                }
            }
            if (allDone) {
                jdbc.update("update onboarding set completed_at = ? where id = ?", Timestamp.from(finished), onboardingId);
                checklistEntries.add(new Entry(onboardingId, null, null, AuditAction.FINISHED, null, finished,
                        past.teamId()));
            } else {
                running.add(onboardingId);
            }
            rows.addAll(checklistRows);
        }
        insertItems(rows);
        List<PastActivity> past = insertAudit(rows, checklistEntries);
        activity.recordAllAsOf(past);
        // every running checklist's to-dos in a few queries, not two or three per item
        var runningChecklists = onboardings.findAllById(running);
        Map<Long, String> personNames = names.of(runningChecklists.stream().map(o -> o.getPersonId()).distinct().toList());
        todos.syncAll(runningChecklists.stream().flatMap(o -> o.getItems().stream()).toList(),
                onboarding -> personNames.get(onboarding.getPersonId()));
        return rows.size();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private long insertOnboarding(PastChecklist past, Purpose purpose, Instant startedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into onboarding (purpose, template_id, person_id, team_id, buddy_id, manager_id, hr_id, it_id,
                      start_date, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, purpose.name());
            insert.setLong(2, past.templateId());
            insert.setLong(3, past.personId());
            insert.setObject(4, past.teamId());
            insert.setObject(5, past.buddyId());
            insert.setObject(6, past.managerId());
            insert.setObject(7, past.hrId());
            insert.setObject(8, past.itId());
            insert.setDate(9, Date.valueOf(past.startDate()));
            insert.setTimestamp(10, Timestamp.from(startedAt));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private void insertItems(List<Row> rows) {
        jdbc.batchUpdate("""
                insert into onboarding_item (onboarding_id, position, section, title, description, responsible,
                  responsible_person_id, kind, due_offset_days, due_date, article_id, status, review_rounds, submitted_at,
                  completed_at, completed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500,
                (insert, row) -> {
                    TemplateItemForm item = row.item();
                    insert.setLong(1, row.onboardingId());
                    insert.setInt(2, row.position());
                    insert.setString(3, item.section());
                    insert.setString(4, item.title());
                    insert.setString(5, item.description());
                    insert.setString(6, item.responsible().name());
                    insert.setObject(7, row.responsibleId());
                    insert.setString(8, item.kind().name());
                    insert.setInt(9, item.dueOffsetDays());
                    insert.setDate(10, Date.valueOf(row.due()));
                    insert.setObject(11, item.articleId());
                    insert.setString(12, row.status().name());
                    insert.setInt(13, row.rounds());
                    insert.setTimestamp(14, row.rounds() > 0 ? Timestamp.from(row.completedAt().minusSeconds(86_400)) : null);
                    insert.setTimestamp(15, row.completedAt() == null ? null : Timestamp.from(row.completedAt()));
                    insert.setObject(16, row.completedBy());
                });
    }

    /** The audit trail of what was done (and the sent-back rounds of exercises), and its activity log lines. */
    private List<PastActivity> insertAudit(List<Row> rows, List<Entry> checklistEntries) {
        Map<String, Long> itemIds = new java.util.HashMap<>();
        jdbc.query("select id, onboarding_id, position from onboarding_item where onboarding_id in ("
                + String.join(",", rows.stream().map(r -> String.valueOf(r.onboardingId())).distinct().toList()) + ")",
                row -> {
                    itemIds.put(row.getLong(2) + ":" + row.getInt(3), row.getLong(1));
                });
        List<Entry> entries = new ArrayList<>(checklistEntries);
        for (Row row : rows) {
            if (row.completedAt() == null) {
                continue;
            }
            long itemId = itemIds.get(row.onboardingId() + ":" + row.position());
            Long writer = row.responsibleId();
            switch (row.item().kind()) {
                case WRITE_AND_REVIEW -> {
                    Instant submitted = row.completedAt().minusSeconds(86_400L * row.rounds());
                    for (int round = 1; round < row.rounds(); round++) {
                        entries.add(new Entry(row.onboardingId(), itemId, writer, AuditAction.SUBMITTED, null, submitted,
                                row.teamId()));
                        entries.add(new Entry(row.onboardingId(), itemId, row.reviewerId(), AuditAction.SENT_BACK,
                                row.comment(), submitted.plusSeconds(3_600), row.teamId()));
                        submitted = submitted.plusSeconds(86_400);
                    }
                    entries.add(new Entry(row.onboardingId(), itemId, writer, AuditAction.SUBMITTED, null,
                            row.completedAt().minusSeconds(86_400), row.teamId()));
                    entries.add(new Entry(row.onboardingId(), itemId, row.reviewerId(), AuditAction.APPROVED, null,
                            row.completedAt(), row.teamId()));
                }
                case READ_AND_CONFIRM -> entries.add(new Entry(row.onboardingId(), itemId, row.completedBy(),
                        AuditAction.CONFIRMED, null, row.completedAt(), row.teamId()));
                case DEACTIVATE_ACCOUNT -> entries.add(new Entry(row.onboardingId(), itemId, row.completedBy(),
                        AuditAction.ACCOUNT_DEACTIVATED, null, row.completedAt(), row.teamId()));
                default -> entries.add(new Entry(row.onboardingId(), itemId, row.completedBy(), AuditAction.COMPLETED,
                        null, row.completedAt(), row.teamId()));
            }
        }
        jdbc.batchUpdate("insert into onboarding_audit (onboarding_id, item_id, actor_id, action, comment, occurred_at) "
                + "values (?, ?, ?, ?, ?, ?)", entries, 500, (insert, e) -> {
                    insert.setLong(1, e.onboardingId());
                    insert.setObject(2, e.itemId());
                    insert.setObject(3, e.actorId());
                    insert.setString(4, e.action().name());
                    insert.setString(5, e.comment());
                    insert.setTimestamp(6, Timestamp.from(e.at()));
                });
        return entries.stream().map(e -> new PastActivity(e.at(), e.actorId(), Audit.activityCode(e.action()),
                e.itemId() == null ? Audit.CHECKLIST_SUBJECT : Audit.ITEM_SUBJECT,
                e.itemId() == null ? e.onboardingId() : e.itemId(), e.teamId())).toList();
    }
}
