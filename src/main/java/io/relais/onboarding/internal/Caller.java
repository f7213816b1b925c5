package io.relais.onboarding.internal;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;

/**
 * Who is asking, with the checklist permission rules in one place (ADR 0018): HR sees and runs
 * every checklist; a person sees the checklists they take part in (their own, or as buddy,
 * manager, HR or IT contact); administrators also see offboardings, whose last step is theirs;
 * leadership sees aggregates only, never a checklist. Only the person responsible acts on an
 * item, the reviewer (the buddy, else the manager) reviews, and only an administrator confirms
 * an account deactivation.
 */
public record Caller(Long personId, boolean hr, boolean admin) {

    public static Caller of(CurrentUser user) {
        return new Caller(user.get().map(p -> p.personId()).orElse(null), user.hasRole(Roles.HR),
                user.hasRole(Roles.ADMIN));
    }

    public boolean canSee(Onboarding onboarding) {
        return hr || (admin && onboarding.getPurpose() == io.relais.onboarding.Purpose.OFFBOARDING)
                || (personId != null && onboarding.involves(personId));
    }

    public boolean canAct(Item item) {
        if (item.getStatus() == ItemStatus.DONE || item.getStatus() == ItemStatus.IN_REVIEW) {
            return false;
        }
        if (item.getKind() == ItemKind.DEACTIVATE_ACCOUNT) {
            return admin;
        }
        return personId != null && personId.equals(item.getResponsiblePersonId());
    }

    public boolean canReview(Item item) {
        return item.getStatus() == ItemStatus.IN_REVIEW && personId != null
                && personId.equals(reviewerOf(item.getOnboarding()));
    }

    /** Who reviews writing exercises: the buddy, or the manager when there is no buddy. */
    public static Long reviewerOf(Onboarding onboarding) {
        return onboarding.getBuddyId() != null ? onboarding.getBuddyId() : onboarding.getManagerId();
    }
}
