package io.relais.onboarding;

/** Whether a template (and the checklists started from it) welcomes a person or sees them off. */
public enum Purpose {
    ONBOARDING, OFFBOARDING
}
