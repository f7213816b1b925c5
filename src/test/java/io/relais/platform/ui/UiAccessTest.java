package io.relais.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.relais.RelaisSpringTest;
import io.relais.platform.CurrentUser;
import io.relais.platform.RelaisPrincipal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A push to somebody's UI runs as that UI's owner, and the thread that pushed keeps its own
 * identity: an administrator's import that notifies a colleague goes on as the administrator.
 */
@RelaisSpringTest
class UiAccessTest extends SpringBrowserlessTest {

    private static final String KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    UserDetailsService users;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void forgetOwner() {
        UI.getCurrent().getSession().getSession().removeAttribute(KEY);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPushRunsAsTheOwnerAndLeavesThePusherAsItWas() {
        WrappedSession ownersSession = UI.getCurrent().getSession().getSession();
        ownersSession.setAttribute(KEY, contextOf("lucas.bernard@canopee.fr"));
        SecurityContextHolder.setContext(contextOf("julien.mercier@canopee.fr"));

        List<String> seenInsidePush = new ArrayList<>();
        UiAccess.asOwner(UI.getCurrent(), () -> seenInsidePush.add(currentUser.require().username()));
        runQueuedPushes();

        assertThat(seenInsidePush).containsExactly("lucas.bernard@canopee.fr");
        ownersSession.removeAttribute(KEY); // what the pushing thread holds, once no session answers for it
        assertThat(currentUser.get()).map(RelaisPrincipal::username).contains("julien.mercier@canopee.fr");
    }

    @Test
    void aPushToAnAnonymousUiRunsWithoutTheCallersIdentity() {
        SecurityContextHolder.setContext(contextOf("julien.mercier@canopee.fr"));

        List<Boolean> signedInInsidePush = new ArrayList<>();
        UiAccess.asOwner(UI.getCurrent(), () -> signedInInsidePush.add(currentUser.get().isPresent()));
        runQueuedPushes();

        assertThat(signedInInsidePush).containsExactly(false);
        assertThat(currentUser.get()).map(RelaisPrincipal::username).contains("julien.mercier@canopee.fr");
    }

    /** Runs the pushes queued on the session, as the thread that releases its lock would. */
    private static void runQueuedPushes() {
        VaadinSession session = UI.getCurrent().getSession();
        session.getService().runPendingAccessTasks(session);
    }

    private SecurityContext contextOf(String username) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        return context;
    }
}
