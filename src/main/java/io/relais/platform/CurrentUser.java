package io.relais.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI access. */
@Component
public class CurrentUser {

    public Optional<RelaisPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RelaisPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public RelaisPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in Relais user"));
    }

    /** The person behind the signed-in account; refuses technical accounts. */
    public long requirePersonId() {
        Long personId = require().personId();
        if (personId == null) {
            throw new UserFacingException(null, "error.no-person");
        }
        return personId;
    }

    public boolean hasRole(String role) {
        return get().map(p -> p.roles().contains(role)).orElse(false);
    }
}
