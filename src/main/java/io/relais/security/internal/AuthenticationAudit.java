package io.relais.security.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Logs every sign-in outcome, feeds the throttle and remembers the last sign-in time. */
@Component
class AuthenticationAudit {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationAudit.class);

    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final Clock clock;

    AuthenticationAudit(LoginThrottle throttle, UserAccountRepository accounts, Clock clock) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        log.warn("Failed sign-in: username={} address={} reason={}", username, address,
                event.getException().getClass().getSimpleName());
        throttle.recordFailure(username, address);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RelaisUserDetails user) {
            log.info("Signed in: username={} address={}", user.getUsername(),
                    address(event.getAuthentication().getDetails()));
            throttle.recordSuccess(user.getUsername());
            accounts.recordLogin(user.accountId(), clock.instant());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
