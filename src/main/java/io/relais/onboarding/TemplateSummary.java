package io.relais.onboarding;

import java.time.Instant;

/** One version of a template; {@code latest} tells whether a newer version exists. */
public record TemplateSummary(long id, String lineage, int version, boolean latest, Purpose purpose, String name,
        Long teamId, String teamName, String roleName, int itemCount, Instant createdAt) {
}
