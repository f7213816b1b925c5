package io.relais.security;

import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import io.relais.security.internal.ApiToken;
import io.relais.security.internal.ApiTokenRepository;
import io.relais.security.internal.ApiTokenSecrets;
import io.relais.security.internal.SecurityAudit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own API tokens, for integrations: created and revoked on the profile page. A
 * token acts as its owner, with the owner's current roles, until it expires, is revoked, or the
 * account is disabled. Only a hash of the secret is stored (ADR 0009).
 */
@Service
@Transactional
public class ApiTokenService {

    /** Enough for every integration a person runs; a bound keeps a leaked session from minting thousands. */
    static final int MAX_TOKENS_PER_ACCOUNT = 20;
    private static final int MAX_NAME = 100;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final SecurityAudit audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, SecurityAudit audit, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myTokens() {
        return tokens.findByAccountIdOrderByCreatedAtDescIdDesc(currentUser.require().accountId()).stream()
                .map(ApiTokenService::summary).toList();
    }

    /**
     * @param expiresOn the last day the token works (it stops at the end of that day, in the
     *     server's time zone), or {@code null} for a token that does not expire
     */
    @PreAuthorize("isAuthenticated()")
    public CreatedApiToken create(String name, LocalDate expiresOn) {
        long accountId = currentUser.require().accountId();
        String cleanName = TextInput.required("name", name, MAX_NAME);
        Instant now = clock.instant();
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("expiresOn", "api.token.error.expiry-in-past");
        }
        if (tokens.countByAccountId(accountId) >= MAX_TOKENS_PER_ACCOUNT) {
            throw new UserFacingException(null, "api.token.error.too-many", MAX_TOKENS_PER_ACCOUNT);
        }
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(accountId, cleanName, ApiTokenSecrets.hash(secret), now, expiresAt));
        audit.apiTokenCreated(token.getId());
        return new CreatedApiToken(summary(token), secret);
    }

    /** Revokes one of the caller's own tokens at once; another person's token is "not found". */
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        ApiToken token = tokens.findByIdAndAccountId(tokenId, currentUser.require().accountId())
                .orElseThrow(NotFoundException::new);
        tokens.delete(token);
        audit.apiTokenRevoked(tokenId);
    }

    private static ApiTokenSummary summary(ApiToken token) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
                token.getExpiresAt());
    }
}
