package io.relais.security;

import java.time.Instant;

/**
 * A personal API token as its owner sees it (never its secret).
 *
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 * @param expiresAt when it stops working, or {@code null} for never
 */
public record ApiTokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
}
