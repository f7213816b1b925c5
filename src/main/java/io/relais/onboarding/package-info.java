/**
 * Onboarding and offboarding checklists (ADR 0018): HR keeps versioned templates, starts a
 * checklist for a person with concrete due dates on working days, and every item lands on its
 * responsible person's to-do list. Newcomers read and confirm articles, write an exercise their
 * buddy reviews; HR follows progress on a dashboard. Publishes {@link
 * io.relais.onboarding.OnboardingStarted} and {@link io.relais.onboarding.OnboardingRescheduled}
 * for the rituals (newcomer 1:1s); {@link io.relais.onboarding.OnboardingAnalytics} answers
 * aggregate questions for analytics.
 */
package io.relais.onboarding;
