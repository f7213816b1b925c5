package io.relais.security;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's
 * hands, since only its hash is stored.
 */
public record CreatedApiToken(ApiTokenSummary token, String secret) {
}
