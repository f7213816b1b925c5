package io.relais.people;

/** Published when a person leaves: their account is disabled and their sessions end. */
public record PersonDeactivated(long personId) {
}
