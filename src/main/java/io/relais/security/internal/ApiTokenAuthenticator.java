package io.relais.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a presented API token into its account, if the token exists, has not expired and its
 * account is enabled (a disabled account's tokens stop working at once, like its sessions).
 * Roles are read from the account at each call, so a role change applies to the next request.
 */
@Component
class ApiTokenAuthenticator {

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, UserAccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Optional<RelaisUserDetails> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(ApiTokenSecrets.hash(secret))
                .filter(token -> token.isValidAt(now))
                .flatMap(token -> accounts.findById(token.getAccountId())
                        .filter(UserAccount::isEnabled)
                        .map(account -> {
                            token.recordUse(now);
                            RelaisUserDetails user = new RelaisUserDetails(account);
                            user.eraseCredentials();
                            return user;
                        }));
    }
}
