package io.relais.onboarding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the HR dashboard.
 *
 * @param stuckInReview writing exercises waiting for review for more than {@link
 *     OnboardingService#STUCK_AFTER_DAYS} days
 */
public record OnboardingSummary(long id, Purpose purpose, long personId, String personName, String teamName,
        String templateName, int templateVersion, String buddyName, LocalDate startDate, Instant completedAt,
        int itemCount, int doneCount, int overdueCount, int inReviewCount, int stuckInReview) {

    /** Whole percent of items done. */
    public int percentDone() {
        return itemCount == 0 ? 100 : (int) Math.floor(100.0 * doneCount / itemCount);
    }
}
