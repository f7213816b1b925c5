package io.relais.people;

/** Published when a person's directory entry changed or they came back (search re-indexes them). */
public record PersonUpdated(long personId) {
}
