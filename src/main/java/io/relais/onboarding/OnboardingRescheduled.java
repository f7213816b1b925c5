package io.relais.onboarding;

import java.time.LocalDate;

/** HR moved an onboarding's start date; its open items were re-planned. */
public record OnboardingRescheduled(long onboardingId, long newcomerId, Long buddyId, Long managerId,
        LocalDate previousStartDate, LocalDate startDate) {
}
