package io.relais.onboarding;

import java.time.LocalDate;

/**
 * A newcomer's onboarding started (not published for offboardings): the rituals plan the
 * newcomer's 1:1s from it. Published in the starting transaction.
 *
 * @param buddyId may be {@code null}
 * @param managerId may be {@code null}
 */
public record OnboardingStarted(long onboardingId, long newcomerId, Long buddyId, Long managerId,
        LocalDate startDate) {
}
