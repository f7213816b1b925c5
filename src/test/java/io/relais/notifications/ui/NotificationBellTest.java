package io.relais.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.notifications.NotificationService;
import io.relais.people.PersonService;
import io.relais.people.ui.PersonView;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell shows the signed-in person's unread count, learns about new notifications by server
 * push once they are committed, and marks an entry read when it is clicked.
 */
@RelaisSpringTest
class NotificationBellTest extends SpringBrowserlessTest {

    private static final String USER = "nora.bellcheck@example.test";
    private static long personId;

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        personId = TestData.personWithAccount(people, accounts, "Nora", "Bellcheck", List.of(Roles.EMPLOYEE));
    }

    /** What signing in does in a browser: the security context is kept in the HTTP session. */
    @BeforeEach
    void keepSecurityContextInTheSession() {
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }

    @Test
    @WithUserDetails(USER)
    void showsTheUnreadCountAndReceivesNewNotificationsByPush() {
        long before = notifications.unreadCount();
        assertThat(bell().unread()).isEqualTo(before);

        postFromAnotherFeature("/people/" + personId);
        roundTrip();

        assertThat(bell().unread()).isEqualTo(before + 1).isEqualTo(notifications.unreadCount());
        assertThat($(Span.class).id("notification-count").getText()).isEqualTo(Long.toString(before + 1));
        assertThat($(Button.class).id("notification-bell").getAriaLabel())
                .contains(UI.getCurrent().getTranslation("notifications.bell-label", before + 1));
    }

    @Test
    @WithUserDetails(USER)
    void clickingAnEntryMarksItReadAndOpensItsLink() {
        postFromAnotherFeature("/people/" + personId);
        roundTrip();
        long unread = bell().unread();
        assertThat(unread).isPositive();

        popoverFor($(Button.class).id("notification-bell")).open();
        String text = UI.getCurrent().getTranslation("notifications.welcome", "Nora");
        Span entryText = $(Span.class).withText(text).withClassName("relais-notification-unread").first();
        test((Div) entryText.getParent().orElseThrow()).click();

        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(bell().unread()).isEqualTo(unread - 1);
        assertThat(getCurrentView()).isInstanceOf(PersonView.class);
    }

    @Test
    @WithUserDetails(USER)
    void markAllReadEmptiesTheBadge() {
        postFromAnotherFeature(null);
        roundTrip();
        assertThat(bell().unread()).isPositive();

        popoverFor($(Button.class).id("notification-bell")).open();
        test($(Button.class).withText(UI.getCurrent().getTranslation("notifications.mark-all-read")).single()).click();

        assertThat(bell().unread()).isZero();
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Span.class).withId("notification-count").exists()).as("badge hidden").isFalse();
    }

    /**
     * As features do it: in their own committed transaction, as a system task. The bell refreshes
     * from the broadcaster's listener on this thread, whose identity ("system", no person) could
     * not read anybody's notifications: the update only works as the UI's owner.
     */
    private void postFromAnotherFeature(String link) {
        SystemTask.runAs(List.of(Roles.EMPLOYEE), () -> transaction.execute(
                status -> notifications.notify(personId, "notifications.welcome", link, "Nora")));
    }

    private NotificationBell bell() {
        return $(NotificationBell.class).single();
    }
}
