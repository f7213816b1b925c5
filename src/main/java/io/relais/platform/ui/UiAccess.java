package io.relais.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Updates a UI from another thread (server push) as the user who owns that UI. Plain
 * {@code ui.access} may run on whichever thread calls it: secured services called from a push must
 * see the UI owner, and the calling thread must keep its own identity afterwards.
 *
 * <p>Vaadin's security context strategy already answers with the owner's context while the owner's
 * session is current, but only when that session stores one, and it then ignores what is set on the
 * thread. Setting and "restoring" the context there would leave the owner's identity on the calling
 * thread (an import kept creating documents as the person it had just notified). So the context is
 * swapped only when the strategy does not already give the owner's.
 */
public final class UiAccess {

    private UiAccess() {
    }

    public static void asOwner(UI ui, Command command) {
        ui.access(() -> {
            SecurityContext owner = ownerContext(ui.getSession());
            SecurityContext current = SecurityContextHolder.getContext();
            if (current == owner) {
                command.execute();
                return;
            }
            SecurityContextHolder.setContext(owner);
            try {
                command.execute();
            } finally {
                SecurityContextHolder.setContext(current);
            }
        });
    }

    private static SecurityContext ownerContext(VaadinSession session) {
        Object stored = session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context : SecurityContextHolder.createEmptyContext();
    }
}
