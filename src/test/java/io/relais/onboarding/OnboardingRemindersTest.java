package io.relais.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.onboarding.internal.OnboardingProperties;
import io.relais.onboarding.internal.OnboardingReminders;
import io.relais.platform.SystemTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders, with the job's clock set to chosen days: the working day before an item is due, and
 * once overdue, to the person responsible, once each; a daily digest of overdue items to HR.
 */
@RelaisSpringTest
class OnboardingRemindersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OnboardingProperties properties;
    @Autowired
    ChecklistWork work;
    @Autowired
    ApplicationContext context;

    OnboardingFixtures cast;
    long id;
    LocalDate start;

    @BeforeEach
    void setUp() {
        cast = new OnboardingFixtures(context);
        start = OnboardingServiceTest.mondayInThreeWeeks();
        id = cast.start(cast.template("Rappels"), start);
    }

    private int runOn(LocalDate day) {
        OnboardingReminders job = new OnboardingReminders(jdbc, notifications, transaction, properties,
                Clock.fixed(day.atTime(8, 0).atZone(PARIS).toInstant(), PARIS));
        return SystemTask.runAs(List.of("ADMIN"), job::remindDue);
    }

    private List<NotificationView> received(TestUsersEmail who, String key) {
        return cast.users.as(who.email(), () -> notifications.recent(100)).stream()
                .filter(n -> n.messageKey().equals(key)).toList();
    }

    private record TestUsersEmail(String email) {
    }

    @Test
    void theResponsiblePersonIsRemindedTheWorkingDayBeforeAndOnceOverdue() {
        ChecklistItem guide = cast.item(id, ItemKind.READ_AND_CONFIRM);
        LocalDate due = guide.dueDate();
        LocalDate dayBefore = previousWorkingDay(due);
        TestUsersEmail newcomer = new TestUsersEmail(cast.newcomer.email());

        runOn(previousWorkingDay(dayBefore));
        assertThat(received(newcomer, "onboarding.notification.due-soon")).as("two working days before").isEmpty();

        runOn(dayBefore);
        runOn(dayBefore);
        assertThat(received(newcomer, "onboarding.notification.due-soon")).singleElement().satisfies(n -> {
            assertThat(n.arguments()).containsExactly("Lire le guide", due.toString());
            assertThat(n.link()).isEqualTo("/onboarding");
        });

        runOn(due);
        assertThat(received(newcomer, "onboarding.notification.overdue")).as("due today is not late").isEmpty();
        runOn(OnboardingFixtures.FRANCE.nextWorkingDay(due));
        runOn(OnboardingFixtures.FRANCE.nextWorkingDay(due).plusDays(1));
        assertThat(received(newcomer, "onboarding.notification.overdue")).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly("Lire le guide", due.toString()));
    }

    @Test
    void doneItemsAndExercisesInReviewAreNotRemindedAndHrGetsOneDigestADay() {
        ChecklistItem prepared = cast.item(id, ItemKind.TASK);
        cast.users.as(cast.it.email(), () -> work.complete(prepared.id()));
        ChecklistItem exercise = cast.item(id, ItemKind.WRITE_AND_REVIEW);
        cast.users.as(cast.newcomer.email(), () -> work.startWriting(exercise.id(), "fr"));
        cast.users.as(cast.newcomer.email(), () -> work.submit(exercise.id()));

        LocalDate muchLater = OnboardingFixtures.FRANCE.dueDate(start, 40);
        runOn(muchLater);
        runOn(muchLater);

        assertThat(received(new TestUsersEmail(cast.it.email()), "onboarding.notification.overdue")).isEmpty();
        assertThat(received(new TestUsersEmail(cast.newcomer.email()), "onboarding.notification.overdue"))
                .extracting(n -> n.arguments().getFirst()).containsExactly("Lire le guide");
        assertThat(received(new TestUsersEmail(cast.manager.email()), "onboarding.notification.overdue"))
                .extracting(n -> n.arguments().getFirst()).containsExactly("Point à un mois");
        assertThat(received(new TestUsersEmail(cast.hr.email()), "onboarding.notification.digest")).singleElement()
                .satisfies(n -> {
                    assertThat(n.arguments()).containsExactly("4", "1");
                    assertThat(n.link()).isEqualTo("/onboarding/dashboard");
                });
        runOn(OnboardingFixtures.FRANCE.nextWorkingDay(muchLater));
        assertThat(received(new TestUsersEmail(cast.hr.email()), "onboarding.notification.digest")).as("the next day")
                .hasSize(2);
    }

    private static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!OnboardingFixtures.FRANCE.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
