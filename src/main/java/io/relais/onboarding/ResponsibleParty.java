package io.relais.onboarding;

/** Who does an item; turned into a person when a checklist starts. */
public enum ResponsibleParty {
    NEWCOMER, BUDDY, MANAGER, HR, IT
}
