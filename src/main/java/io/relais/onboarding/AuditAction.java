package io.relais.onboarding;

/** What the audit trail records. */
public enum AuditAction {
    STARTED, RESCHEDULED, CONFIRMED, COMPLETED, WRITING_STARTED, SUBMITTED, APPROVED, SENT_BACK, REOPENED,
    ACCOUNT_DEACTIVATED, FINISHED
}
