package io.relais.onboarding.internal;

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
 * Reminds people of checklist items in the app: the day before an item is due (the previous
 * working day) and once it is overdue, to the person responsible; and each working day, to each
 * HR contact, a digest of the overdue items of the checklists they started. Each reminder is
 * claimed with {@code INSERT IGNORE} in the transaction that notifies, so repeated or
 * overlapping runs never remind twice; a new due date (the start moved) is reminded again. An
 * exercise in review waits for its reviewer, not its writer, and is not reminded.
 */
@Component
public class OnboardingReminders {

    /** Reminders per transaction: a backlog is worked through in short transactions. */
    static final int BATCH = 200;
    static final String DUE_SOON = "DUE_SOON";
    static final String OVERDUE = "OVERDUE";

    private final JdbcClient jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public OnboardingReminders(JdbcClient jdbc, NotificationService notifications, TransactionTemplate transaction,
            OnboardingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transaction = transaction;
        this.calendar = properties.calendar();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT1H")
    void scheduled() {
        SystemTask.runAsAdmin(this::remindDue);
    }

    /** Sends what is due today (by the clock); answers how many notifications went out. */
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = remind(DUE_SOON, "i.due_date = :day", calendar.nextWorkingDay(today), "onboarding.notification.due-soon");
        sent += remind(OVERDUE, "i.due_date < :day", today, "onboarding.notification.overdue");
        if (calendar.isWorkingDay(today)) {
            sent += digest(today);
        }
        return sent;
    }

    private record Due(long itemId, long onboardingId, long personId, long responsibleId, String title,
            LocalDate dueDate) {
    }

    private int remind(String reminder, String condition, LocalDate day, String messageKey) {
        int sent = 0;
        int found;
        do {
            int[] batch = transaction.execute(status -> remindBatch(reminder, condition, day, messageKey));
            found = batch[0];
            sent += batch[1];
        } while (found == BATCH);
        return sent;
    }

    private int[] remindBatch(String reminder, String condition, LocalDate day, String messageKey) {
        List<Due> due = jdbc.sql("""
                select i.id, o.id, o.person_id, i.responsible_person_id, i.title, i.due_date
                from onboarding_item i join onboarding o on o.id = i.onboarding_id
                where i.status in ('OPEN', 'CHANGES_REQUESTED') and i.responsible_person_id is not null
                  and o.completed_at is null and (%s)
                  and not exists (select 1 from onboarding_reminder r where r.item_id = i.id
                                  and r.reminder = :reminder and r.due_date = i.due_date)
                order by i.due_date, i.id limit :limit""".formatted(condition))
                .param("day", Date.valueOf(day)).param("reminder", reminder).param("limit", BATCH)
                .query((row, n) -> new Due(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getString(5), row.getDate(6).toLocalDate()))
                .list();
        int sent = 0;
        for (Due item : due) {
            int claimed = jdbc.sql("insert ignore into onboarding_reminder (item_id, reminder, due_date, sent_at) values (?, ?, ?, ?)")
                    .params(item.itemId(), reminder, Date.valueOf(item.dueDate()), Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 1) {
                String link = item.responsibleId() == item.personId() ? "/onboarding" : "/onboarding/" + item.onboardingId();
                notifications.notify(item.responsibleId(), messageKey, link, item.title(), item.dueDate().toString());
                sent++;
            }
        }
        return new int[] {due.size(), sent};
    }

    private int digest(LocalDate today) {
        return transaction.execute(status -> {
            record Overdue(long hrId, long items, long checklists) {
            }
            List<Overdue> overdue = jdbc.sql("""
                    select o.hr_id, count(*), count(distinct o.id) from onboarding_item i
                      join onboarding o on o.id = i.onboarding_id
                    where o.hr_id is not null and o.completed_at is null and i.status <> 'DONE' and i.due_date < ?
                      and not exists (select 1 from onboarding_digest d where d.hr_id = o.hr_id and d.day = ?)
                    group by o.hr_id""")
                    .params(Date.valueOf(today), Date.valueOf(today))
                    .query((row, n) -> new Overdue(row.getLong(1), row.getLong(2), row.getLong(3))).list();
            int sent = 0;
            for (Overdue hr : overdue) {
                int claimed = jdbc.sql("insert ignore into onboarding_digest (hr_id, day, sent_at) values (?, ?, ?)")
                        .params(hr.hrId(), Date.valueOf(today), Timestamp.from(clock.instant())).update();
                if (claimed == 1) {
                    notifications.notify(hr.hrId(), "onboarding.notification.digest", "/onboarding/dashboard",
                            String.valueOf(hr.items()), String.valueOf(hr.checklists()));
                    sent++;
                }
            }
            return sent;
        });
    }
}
