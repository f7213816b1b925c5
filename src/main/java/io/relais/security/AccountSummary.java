package io.relais.security;

import java.time.Instant;
import java.util.Set;

/** An account as the ADMIN accounts view lists it. */
public record AccountSummary(
        long id,
        long version,
        String username,
        String displayName,
        Long personId,
        Set<String> roles,
        boolean enabled,
        Instant lastLoginAt) {
}
