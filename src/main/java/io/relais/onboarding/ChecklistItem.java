package io.relais.onboarding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a running checklist as one reader sees it, with what that reader may do.
 *
 * @param descriptionHtml the Markdown description, rendered and sanitized
 * @param articlePath the article to read, or {@code null}
 * @param documentPath the writing exercise's document, or {@code null}
 */
public record ChecklistItem(long id, long onboardingId, String section, String title, String descriptionHtml,
        ItemKind kind, ResponsibleParty responsible, Long responsiblePersonId, String responsibleName,
        LocalDate dueDate, ItemStatus status, String articlePath, String articleTitle, String documentPath,
        int reviewRounds, Instant completedAt, String completedByName, boolean canAct, boolean canReview) {

    public boolean done() {
        return status == ItemStatus.DONE;
    }

    public boolean overdue(LocalDate today) {
        return !done() && dueDate.isBefore(today);
    }
}
