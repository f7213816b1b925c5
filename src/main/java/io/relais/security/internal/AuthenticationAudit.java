package io.relais.security.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Audits every sign-in outcome, feeds the throttle and remembers the last sign-in time. */
@Component
class AuthenticationAudit {

    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final SecurityAudit audit;
    private final Clock clock;

    AuthenticationAudit(LoginThrottle throttle, UserAccountRepository accounts, SecurityAudit audit, Clock clock) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        audit.loginFailed(username, event.getException().getClass().getSimpleName());
        throttle.recordFailure(username, address);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RelaisUserDetails user) {
            audit.loginSucceeded(user.getUsername());
            throttle.recordSuccess(user.getUsername());
            accounts.recordLogin(user.accountId(), clock.instant());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
