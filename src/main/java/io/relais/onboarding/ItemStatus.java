package io.relais.onboarding;

/** Where an item stands. Only a writing exercise goes through review. */
public enum ItemStatus {
    OPEN, IN_REVIEW, CHANGES_REQUESTED, DONE
}
