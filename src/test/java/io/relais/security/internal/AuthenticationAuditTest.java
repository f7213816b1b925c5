package io.relais.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.demo.DemoLogins;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.transaction.support.TransactionTemplate;

@RelaisSpringTest
class AuthenticationAuditTest {

    @Autowired
    AuthenticationAudit audit;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    /**
     * The load benchmark signed the same demo account in from many tabs at once: each sign-in
     * bumped the account's version, so simultaneous ones failed with HTTP 500 on an optimistic-lock
     * conflict. A sign-in now records its time without touching the version.
     */
    @Test
    void aSignInRecordsItsTimeWithoutChangingTheAccountsVersion() {
        RelaisUserDetails user = (RelaisUserDetails) users.loadUserByUsername(DemoLogins.NEWCOMER.email());
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        transactions.executeWithoutResult(status -> accounts.recordLogin(user.accountId(), longAgo));
        long version = accounts.findById(user.accountId()).orElseThrow().getVersion();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        audit.onSuccess(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));

        UserAccount account = accounts.findById(user.accountId()).orElseThrow();
        assertThat(account.getLastLoginAt()).isAfterOrEqualTo(now);
        assertThat(account.getVersion()).isEqualTo(version);
    }
}
