package io.relais.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal API token: it acts as its account, with the account's roles. Only the SHA-256 hash
 * of its secret is kept; the secret is shown once, at creation.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Recording every use would write on every API call; once a minute is precise enough. */
    private static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public void recordUse(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RECORDING_GRANULARITY).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
