package io.relais.onboarding;

/** A person taking part in a checklist, in a role. */
public record Participant(ResponsibleParty role, long personId, String fullName) {
}
