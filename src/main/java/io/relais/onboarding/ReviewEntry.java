package io.relais.onboarding;

import java.time.Instant;

/**
 * One line of a checklist's audit trail: who did what, when, and what they said (a review comment).
 *
 * @param itemId {@code null} for the checklist as a whole (started, rescheduled)
 */
public record ReviewEntry(Long itemId, String actorName, AuditAction action, String comment, Instant at) {
}
