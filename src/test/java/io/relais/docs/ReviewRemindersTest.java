package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.docs.internal.ReviewReminders;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.platform.SystemTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@RelaisSpringTest
class ReviewRemindersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The job's clock: a fixed day (today, so the shared demo data is not pushed into the future). */
    private static final LocalDate TODAY = LocalDate.now(PARIS);

    @Autowired
    DocumentService documents;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;

    private As as() {
        return new As(users);
    }

    private DocumentDetails article(LocalDate reviewBy) {
        return as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                DocumentFixtures.spaceOfTeam(documents, "Tech & Data"), DocumentFixtures.unique("À relire"), "texte",
                "fr", Visibility.SPACE, Set.of(), Set.of(), reviewBy, KindFields.EMPTY)));
    }

    private int runJob() {
        ReviewReminders job = new ReviewReminders(jdbc, notifications, transaction,
                Clock.fixed(TODAY.atTime(7, 0).atZone(PARIS).toInstant(), PARIS));
        return SystemTask.runAs(List.of("ADMIN"), job::remindDue);
    }

    private List<NotificationView> reminders(DocumentDetails document) {
        return as().user("lucas.bernard", () -> notifications.recent(100)).stream()
                .filter(n -> document.path().equals(n.link()) && n.messageKey().equals("docs-social.notification.review-due"))
                .toList();
    }

    @Test
    void theOwnerIsRemindedOnceWhenTheReviewDateHasPassedAndAgainForANewDate() {
        DocumentDetails overdue = article(TODAY.minusDays(2));
        DocumentDetails dueToday = article(TODAY);

        runJob();
        runJob();

        assertThat(reminders(overdue)).singleElement().satisfies(n ->
                assertThat(n.arguments()).containsExactly(overdue.title(), TODAY.minusDays(2).toString()));
        assertThat(reminders(dueToday)).as("not past yet").isEmpty();

        DocumentDetails reviewed = as().user("lucas.bernard", () -> documents.update(overdue.id(), overdue.version(),
                new DocumentForm(overdue.space().id(), overdue.title(), "texte relu", "fr", Visibility.SPACE, Set.of(),
                        Set.of(), TODAY.minusDays(1), KindFields.EMPTY)));
        runJob();
        assertThat(reminders(reviewed)).as("a new review-by date that passed is reminded again").hasSize(2);
        runJob();
        assertThat(reminders(reviewed)).hasSize(2);
    }

    @Test
    void deletedDocumentsAreNotReminded() {
        DocumentDetails deleted = article(TODAY.minusDays(5));
        as().run("lucas.bernard", () -> documents.delete(deleted.id()));
        runJob();
        assertThat(reminders(deleted)).isEmpty();
    }
}
