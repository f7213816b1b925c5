package io.relais.onboarding.internal;

import io.relais.activity.ActivityLog;
import io.relais.onboarding.AuditAction;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Writes a checklist's audit trail and, in the same transaction, the activity log analytics read
 * ({@code ONBOARDING_<action>} on an {@code ONBOARDING_ITEM} or the {@code ONBOARDING} itself,
 * attributed to the person's team).
 */
@Component
public class Audit {

    public static final String ITEM_SUBJECT = "ONBOARDING_ITEM";
    public static final String CHECKLIST_SUBJECT = "ONBOARDING";

    private final AuditRepository rows;
    private final ActivityLog activity;
    private final Clock clock;

    Audit(AuditRepository rows, ActivityLog activity, Clock clock) {
        this.rows = rows;
        this.activity = activity;
        this.clock = clock;
    }

    public void item(Item item, Long actor, AuditAction action, String comment) {
        Onboarding onboarding = item.getOnboarding();
        rows.save(new AuditRow(onboarding.getId(), item.getId(), actor, action, comment, clock.instant()));
        activity.record(actor, activityCode(action), ITEM_SUBJECT, item.getId(), onboarding.getTeamId());
    }

    public void checklist(Onboarding onboarding, Long actor, AuditAction action) {
        rows.save(new AuditRow(onboarding.getId(), null, actor, action, null, clock.instant()));
        activity.record(actor, activityCode(action), CHECKLIST_SUBJECT, onboarding.getId(), onboarding.getTeamId());
    }

    public static String activityCode(AuditAction action) {
        return "ONBOARDING_" + action.name();
    }
}
