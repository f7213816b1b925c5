package io.relais.rituals.internal;

import io.relais.onboarding.OnboardingStarted;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.NewcomerOneOnOnes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * HR started a newcomer's onboarding: their 1:1s with the buddy and the manager are planned
 * (idempotent, so a manager already planned when the person was created is not planned twice).
 */
@Component
class OnboardingListener {

    private final NewcomerOneOnOnes oneOnOnes;

    OnboardingListener(NewcomerOneOnOnes oneOnOnes) {
        this.oneOnOnes = oneOnOnes;
    }

    @ApplicationModuleListener
    void on(OnboardingStarted started) {
        Set<Long> partners = new LinkedHashSet<>();
        Stream.of(started.buddyId(), started.managerId()).filter(Objects::nonNull)
                .filter(partner -> partner != started.newcomerId()).forEach(partners::add);
        SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> {
            partners.forEach(partner -> oneOnOnes.schedule(started.newcomerId(), partner, started.startDate()));
            return null;
        });
    }
}
