package io.relais.docs;

/** A space documents live in: one per team, or company-wide. */
public record SpaceSummary(long id, String name, String slug, Long teamId) {
}
