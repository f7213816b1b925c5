package io.relais.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account: the next request of each (page load, UI round trip or
 * push heartbeat) is signed out and sent to the login page.
 */
@Component
public class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    public int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof RelaisUserDetails user && user.getUsername().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        log.info("Ended {} session(s) of {}", ended, username);
        return ended;
    }
}
