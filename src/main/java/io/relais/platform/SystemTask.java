package io.relais.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (demo data, bootstrap, scheduled jobs) through the same
 * secured services as people do, under an explicit system identity with the given roles.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T runAs(List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsAdmin(Runnable work) {
        runAs(List.of(Roles.ADMIN, Roles.HR), () -> {
            work.run();
            return null;
        });
    }
}
