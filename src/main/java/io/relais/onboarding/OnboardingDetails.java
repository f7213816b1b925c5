package io.relais.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A checklist as one reader sees it: who takes part, its items in order, and its audit trail.
 *
 * @param version what to send back with a reschedule (optimistic locking)
 * @param canManage whether the reader may reschedule it (HR)
 */
public record OnboardingDetails(long id, long version, Purpose purpose, long personId, String personName, String templateName,
        int templateVersion, LocalDate startDate, Instant completedAt, List<Participant> participants,
        List<ChecklistItem> items, List<ReviewEntry> audit, boolean canManage) {

    public long doneCount() {
        return items.stream().filter(ChecklistItem::done).count();
    }

    /** Share of items done, 0 to 1. */
    public double progress() {
        return items.isEmpty() ? 1 : doneCount() / (double) items.size();
    }
}
