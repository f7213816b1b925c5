package io.relais.onboarding;

/**
 * Filters of the HR dashboard; {@code null} means any.
 *
 * @param templateLineage every version of one template
 * @param completed {@code false}: in progress, {@code true}: finished
 * @param text part of the person's name
 */
public record OnboardingFilter(Long teamId, String templateLineage, Purpose purpose, Boolean completed, String text) {

    public static final OnboardingFilter IN_PROGRESS = new OnboardingFilter(null, null, null, false, null);
}
