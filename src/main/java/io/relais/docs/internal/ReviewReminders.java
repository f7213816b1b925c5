package io.relais.docs.internal;

import io.relais.docs.DocumentPaths;
import io.relais.notifications.NotificationService;
import io.relais.platform.SystemTask;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells owners, in the app, when one of their documents passes its review-by date. Runs every
 * hour; a reminder is sent once per document and review-by date (the row in {@code
 * document_review_reminder} is claimed with {@code INSERT IGNORE} in the transaction that
 * notifies), so runs that overlap or repeat never remind twice, and a new review-by date is
 * reminded again when it passes.
 */
@Component
public class ReviewReminders {

    /** Reminders per transaction: a backlog is worked through in short transactions. */
    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ReviewReminders(JdbcClient jdbc, NotificationService notifications, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void scheduled() {
        SystemTask.runAsAdmin(this::remindDue);
    }

    /** Sends every reminder due today (by the clock); answers how many were sent. */
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        Batch batch;
        do {
            batch = transaction.execute(status -> remindBatch(today));
            sent += batch.sent();
        } while (batch.found() == BATCH);
        return sent;
    }

    private record Due(long id, String slug, String title, long ownerId, LocalDate reviewBy) {
    }

    private record Batch(int found, int sent) {
    }

    private Batch remindBatch(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select d.id, d.slug, d.title, d.owner_id, d.review_by from document d
                where d.deleted_at is null and d.review_by < ?
                  and not exists (select 1 from document_review_reminder r
                                  where r.document_id = d.id and r.review_by = d.review_by)
                order by d.review_by, d.id limit ?""")
                .params(Date.valueOf(today), BATCH)
                .query((row, n) -> new Due(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getDate(5).toLocalDate()))
                .list();
        int sent = 0;
        for (Due document : due) {
            int claimed = jdbc.sql("insert ignore into document_review_reminder (document_id, review_by, sent_at) values (?, ?, ?)")
                    .params(document.id(), Date.valueOf(document.reviewBy()), Timestamp.from(clock.instant())).update();
            if (claimed == 1) {
                notifications.notify(document.ownerId(), "docs-social.notification.review-due",
                        DocumentPaths.of(document.id(), document.slug()), document.title(), document.reviewBy().toString());
                sent++;
            }
        }
        return new Batch(due.size(), sent);
    }
}
