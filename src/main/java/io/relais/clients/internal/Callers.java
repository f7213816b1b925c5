package io.relais.clients.internal;

import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import org.springframework.stereotype.Component;

/** Builds the {@link Caller} of the signed-in person. */
@Component
public class Callers {

    private final CurrentUser currentUser;

    Callers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Caller current() {
        return new Caller(currentUser.requirePersonId(), currentUser.hasRole(Roles.ADMIN),
                currentUser.hasRole(Roles.LEADERSHIP));
    }
}
