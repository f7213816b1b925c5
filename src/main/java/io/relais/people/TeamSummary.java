package io.relais.people;

/** A team with its number of active members. */
public record TeamSummary(long id, String name, String description, long memberCount) {
}
