package io.relais.platform;

import java.util.List;
import java.util.Set;
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
        return runWith("system", roles, work);
    }

    /**
     * Runs work as one person of the directory with the EMPLOYEE role only (demo content written
     * by its author, benchmarks reading as a team member): services see their person id.
     */
    public static <T> T runAsPerson(long personId, String username, Supplier<T> work) {
        return runAsPerson(personId, username, List.of(Roles.EMPLOYEE), work);
    }

    /** As {@link #runAsPerson(long, String, Supplier)}, with the given roles (demo HR work done by the HR person). */
    public static <T> T runAsPerson(long personId, String username, List<String> roles, Supplier<T> work) {
        RelaisPrincipal principal = new PersonPrincipal(personId, username, Set.copyOf(roles));
        return runWith(principal, roles, work);
    }

    private record PersonPrincipal(long id, String username, Set<String> roles) implements RelaisPrincipal {

        @Override
        public long accountId() {
            return -1; // no account behind it
        }

        @Override
        public Long personId() {
            return id;
        }

        @Override
        public String displayName() {
            return username;
        }
    }

    private static <T> T runWith(Object principal, List<String> roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
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
