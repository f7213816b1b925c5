package io.relais.onboarding;

/**
 * Aggregates of one template over a period, for analytics: no person is named.
 *
 * @param finished checklists finished in the period
 * @param medianDaysToComplete median of start date to finish, in days ({@code null} when none finished)
 * @param itemsDone items done in the period
 * @param lateShare share of those done after their due date (0 to 1)
 * @param exercisesApproved writing exercises approved in the period
 * @param approvedFirstTimeShare share of those approved at their first submission (0 to 1)
 */
public record TemplateMetrics(String lineage, String templateName, long finished, Double medianDaysToComplete,
        long itemsDone, double lateShare, long exercisesApproved, double approvedFirstTimeShare) {
}
