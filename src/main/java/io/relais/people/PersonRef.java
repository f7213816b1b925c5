package io.relais.people;

/** A reference to a person, enough to show and link them. */
public record PersonRef(long id, String fullName, String initials) {
}
