package io.relais.rituals;

/**
 * Whom a ritual applies to: every active person, or the people of some teams (for newcomer
 * 1:1s: the newcomers of those teams).
 */
public enum ParticipantsRule {
    EVERYBODY, TEAMS
}
