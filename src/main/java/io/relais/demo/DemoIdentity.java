package io.relais.demo;

import io.relais.platform.RelaisPrincipal;
import io.relais.platform.Roles;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo content is written through the secured services as the demo person who wrote it. */
final class DemoIdentity {

    private DemoIdentity() {
    }

    static <T> T runAsPerson(long personId, String email, Supplier<T> work) {
        RelaisPrincipal principal = new RelaisPrincipal() {
            @Override
            public long accountId() {
                return -1;
            }

            @Override
            public Long personId() {
                return personId;
            }

            @Override
            public String username() {
                return email;
            }

            @Override
            public String displayName() {
                return email;
            }

            @Override
            public Set<String> roles() {
                return Set.of(Roles.EMPLOYEE);
            }
        };
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.EMPLOYEE))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
