package io.relais.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Updates a UI from another thread (server push) as the user who owns that UI. Plain
 * {@code ui.access} runs on whichever thread calls it, with that thread's security context:
 * possibly another user's. Secured services called from a push must see the UI owner instead.
 */
public final class UiAccess {

    private UiAccess() {
    }

    public static void asOwner(UI ui, Command command) {
        ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(ownerContext(ui.getSession()));
            try {
                command.execute();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    private static SecurityContext ownerContext(VaadinSession session) {
        Object stored = session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context : SecurityContextHolder.createEmptyContext();
    }
}
