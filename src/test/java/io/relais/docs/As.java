package io.relais.docs;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as a given demo user, to play several people in one scenario. */
public final class As {

    private final UserDetailsService users;

    public As(UserDetailsService users) {
        this.users = users;
    }

    public <T> T user(String login, Supplier<T> work) {
        UserDetails details = users.loadUserByUsername(login + "@canopee.fr");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String login, Runnable work) {
        user(login, () -> {
            work.run();
            return null;
        });
    }
}
