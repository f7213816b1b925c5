package io.relais.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.i18n.RelaisI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as their recipients see them. Each test notifies people of its own, so unread
 * counts are exact whatever else the suite does.
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class NotificationServiceTest {

    @Autowired
    NotificationService service;

    @Autowired
    NotificationBroadcaster broadcaster;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RelaisI18NProvider i18n;

    TestUsers users;
    User recipient;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @BeforeEach
    void setUp() {
        recipient = users.createUser("Destinataire", Roles.EMPLOYEE);
    }

    @Test
    void theRecipientSeesTheNotificationInTheirLanguage() {
        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isZero();

        long id = service.notify(recipient.personId(), "notifications.welcome", "/people/" + recipient.personId(),
                "Zoë 👩‍💻");

        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isEqualTo(1);
        List<NotificationView> recent = users.as(recipient.email(), () -> service.recent(10));
        assertThat(recent).singleElement().satisfies(view -> {
            assertThat(view.id()).isEqualTo(id);
            assertThat(view.messageKey()).isEqualTo("notifications.welcome");
            assertThat(view.arguments()).containsExactly("Zoë 👩‍💻");
            assertThat(view.link()).isEqualTo("/people/" + recipient.personId());
            assertThat(view.read()).isFalse();
            assertThat(view.createdAt()).isNotNull();
            Object[] arguments = view.arguments().toArray();
            assertThat(i18n.getTranslation(view.messageKey(), Locale.ENGLISH, arguments))
                    .isEqualTo("Welcome to Relais, Zoë 👩‍💻! Your profile is ready.");
            assertThat(i18n.getTranslation(view.messageKey(), Locale.FRENCH, arguments))
                    .contains("Zoë 👩‍💻").doesNotContain("{0}");
        });
        // Nobody else sees it.
        assertThat(service.recent(50)).extracting(NotificationView::id).doesNotContain(id);
    }

    @Test
    void recentListsNewestFirstAndHonoursTheLimit() {
        long first = service.notify(recipient.personId(), "notifications.welcome", null, "1");
        long second = service.notify(recipient.personId(), "notifications.welcome", null, "2");
        long third = service.notify(recipient.personId(), "notifications.welcome", null, "3");

        assertThat(users.as(recipient.email(), () -> service.recent(10))).extracting(NotificationView::id)
                .containsExactly(third, second, first);
        assertThat(users.as(recipient.email(), () -> service.recent(2))).extracting(NotificationView::id)
                .containsExactly(third, second);
    }

    @Test
    void aRecipientMarksOneReadThenAllRead() {
        long first = service.notify(recipient.personId(), "notifications.welcome", null, "1");
        service.notify(recipient.personId(), "notifications.welcome", null, "2");
        service.notify(recipient.personId(), "notifications.welcome", null, "3");

        users.as(recipient.email(), () -> service.markRead(first));
        users.as(recipient.email(), () -> service.markRead(first)); // again: still read, no error

        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isEqualTo(2);
        assertThat(users.as(recipient.email(), () -> service.recent(10)))
                .filteredOn(NotificationView::read).extracting(NotificationView::id).containsExactly(first);

        assertThat(users.as(recipient.email(), () -> service.markAllRead())).isEqualTo(2);

        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isZero();
        assertThat(users.as(recipient.email(), () -> service.recent(10))).hasSize(3).allMatch(NotificationView::read);
        assertThat(users.as(recipient.email(), () -> service.markAllRead())).isZero();
    }

    @Test
    void markAllReadLeavesOtherPeoplesNotificationsUnread() {
        User other = users.createUser("Autre", Roles.EMPLOYEE);
        service.notify(recipient.personId(), "notifications.welcome", null, "pour moi");
        service.notify(other.personId(), "notifications.welcome", null, "pour l'autre");

        users.as(recipient.email(), () -> service.markAllRead());

        assertThat(users.as(other.email(), () -> service.unreadCount())).isEqualTo(1);
    }

    @Test
    void somebodyElsesNotificationIsNotFound() {
        long id = service.notify(recipient.personId(), "notifications.welcome", null, "privé");
        User intruder = users.createUser("Curieux", Roles.EMPLOYEE);

        assertThatThrownBy(() -> users.as(intruder.email(), () -> service.markRead(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(intruder.email(), () -> service.markRead(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://evil.example/phish", "http://evil.example", "//evil.example/path", "/\\evil.example",
        "\\\\evil.example", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "people/12", " /people/12", "/people/12\nSet-Cookie: x=y", "/people/<script>", ""})
    void linksMustBePathsInsideRelais(String link) {
        assertThatThrownBy(() -> service.notify(recipient.personId(), "notifications.welcome", link, "x"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(users.as(recipient.email(), () -> service.unreadCount())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/people/12", "/people?team=3&inactive=true", "/docs/équipe#section-2",
        "/search?q=a%20b"})
    void internalPathsAreAcceptedAsLinks(String link) {
        service.notify(recipient.personId(), "notifications.welcome", link, "x");

        assertThat(users.as(recipient.email(), () -> service.recent(1))).singleElement()
                .extracting(NotificationView::link).isEqualTo(link);
    }

    @Test
    void argumentsAreFlattenedToOneLineEach() {
        service.notify(recipient.personId(), "notifications.welcome", null,
                "première ligne\nseconde\r\ntroisième\u2028quatrième", "  \n  ", null, "seul");

        assertThat(users.as(recipient.email(), () -> service.recent(1))).singleElement()
                .extracting(NotificationView::arguments).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .containsExactly("première ligne seconde troisième quatrième", "", "", "seul");
    }

    @Test
    void longArgumentsAreShortenedWithoutBreakingCharacters() {
        String longName = "a".repeat(NotificationService.MAX_ARGUMENT_LENGTH - 2) + "👩‍💻".repeat(10);

        service.notify(recipient.personId(), "notifications.welcome", null, longName);

        String stored = users.as(recipient.email(), () -> service.recent(1)).getFirst().arguments().getFirst();
        assertThat(stored).endsWith("…").doesNotContain("?").doesNotContain("\uFFFD");
        assertThat(stored.codePointCount(0, stored.length())).isLessThanOrEqualTo(NotificationService.MAX_ARGUMENT_LENGTH);
        assertThat(longName).startsWith(stored.substring(0, stored.length() - 1));
    }

    @Test
    void atMostFiveArgumentsAreKept() {
        service.notify(recipient.personId(), "notifications.welcome", null, "1", "2", "3", "4", "5", "6", "7");

        assertThat(users.as(recipient.email(), () -> service.recent(1)).getFirst().arguments())
                .containsExactly("1", "2", "3", "4", "5");
    }

    // ---- Live delivery to open tabs ----------------------------------------------------------

    @Test
    void openTabsLearnAboutANotificationOnlyOnceItIsCommitted() {
        List<NotificationPosted> delivered = new CopyOnWriteArrayList<>();
        Registration registration = broadcaster.register(recipient.personId(), delivered::add);
        try {
            long id = transaction.execute(status -> {
                long saved = service.notify(recipient.personId(), "notifications.welcome", null, "x");
                assertThat(delivered).as("delivered before the commit").isEmpty();
                return saved;
            });

            assertThat(delivered).containsExactly(new NotificationPosted(recipient.personId(), id));
        } finally {
            registration.remove();
        }
    }

    @Test
    void aRolledBackNotificationIsNeitherDeliveredNorStored() {
        List<NotificationPosted> delivered = new CopyOnWriteArrayList<>();
        Registration registration = broadcaster.register(recipient.personId(), delivered::add);
        try {
            transaction.executeWithoutResult(status -> {
                service.notify(recipient.personId(), "notifications.welcome", null, "x");
                status.setRollbackOnly();
            });

            assertThat(delivered).isEmpty();
            assertThat(users.as(recipient.email(), () -> service.unreadCount())).isZero();
        } finally {
            registration.remove();
        }
    }

    @Test
    void onlyTheRecipientsListenersAreCalledAndAFailingOneDoesNotStopTheOthers() {
        User other = users.createUser("Voisin", Roles.EMPLOYEE);
        List<NotificationPosted> mine = new CopyOnWriteArrayList<>();
        List<NotificationPosted> theirs = new CopyOnWriteArrayList<>();
        Registration failing = broadcaster.register(recipient.personId(), posted -> {
            throw new IllegalStateException("a closed tab");
        });
        Registration working = broadcaster.register(recipient.personId(), mine::add);
        Registration neighbour = broadcaster.register(other.personId(), theirs::add);
        try {
            service.notify(recipient.personId(), "notifications.welcome", null, "x");

            assertThat(mine).hasSize(1);
            assertThat(theirs).isEmpty();
        } finally {
            failing.remove();
            working.remove();
            neighbour.remove();
        }
        assertThat(broadcaster.listenerCount(recipient.personId())).isZero();
        service.notify(recipient.personId(), "notifications.welcome", null, "after removal");
        assertThat(mine).hasSize(1);
    }
}
