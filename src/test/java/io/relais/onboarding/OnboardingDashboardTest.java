package io.relais.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The HR dashboard's figures per checklist, its filters, a CSV export a spreadsheet cannot turn
 * into formulas, and the aggregates analytics reads.
 */
@RelaisSpringTest
class OnboardingDashboardTest {

    @Autowired
    OnboardingDashboard dashboard;
    @Autowired
    OnboardingAnalytics analytics;
    @Autowired
    TemplateService templates;
    @Autowired
    ChecklistWork work;
    @Autowired
    ApplicationContext context;

    OnboardingFixtures cast;

    @BeforeEach
    void setUp() {
        cast = new OnboardingFixtures(context);
    }

    @Test
    void eachChecklistShowsItsProgressOverdueItemsAndReviews() {
        long template = cast.template("=HYPERLINK(\"http://evil\")");
        String lineage = cast.users.as(cast.hr.email(), () -> templates.get(template)).summary().lineage();
        LocalDate started = LocalDate.now().minusDays(20);
        while (!OnboardingFixtures.FRANCE.isWorkingDay(started)) {
            started = started.minusDays(1);
        }
        long id = cast.start(template, started);
        cast.users.as(cast.newcomer.email(), () -> work.confirmRead(cast.item(id, ItemKind.READ_AND_CONFIRM).id()));
        long exercise = cast.item(id, ItemKind.WRITE_AND_REVIEW).id();
        cast.users.as(cast.newcomer.email(), () -> work.startWriting(exercise, "fr"));
        cast.users.as(cast.newcomer.email(), () -> work.submit(exercise));

        OnboardingFilter mine = new OnboardingFilter(null, lineage, null, false, null);
        List<OnboardingSummary> rows = cast.users.as(cast.hr.email(), () -> dashboard.page(mine, 0, 50));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.itemCount()).isEqualTo(5);
            assertThat(row.doneCount()).isEqualTo(1);
            assertThat(row.percentDone()).isEqualTo(20);
            assertThat(row.overdueCount()).as("IT preparation, lunch, exercise in review (due day 14)").isEqualTo(3);
            assertThat(row.inReviewCount()).isEqualTo(1);
            assertThat(row.stuckInReview()).as("just submitted").isZero();
            assertThat(row.buddyName()).startsWith("Bastien");
        });
        assertThat(cast.users.as(cast.hr.email(), () -> dashboard.count(mine))).isEqualTo(1);
        assertThat(cast.users.as(cast.hr.email(), () -> dashboard.count(new OnboardingFilter(null, lineage, null, true,
                null)))).as("finished ones").isZero();
        assertThat(cast.users.as(cast.hr.email(), () -> dashboard.count(new OnboardingFilter(null, lineage,
                Purpose.OFFBOARDING, null, null)))).isZero();
        String surname = cast.details(id).personName().split(" ")[1];
        assertThat(cast.users.as(cast.hr.email(), () -> dashboard.count(new OnboardingFilter(null, null, null, null,
                surname)))).isEqualTo(1);

        String csv = new String(cast.users.as(cast.hr.email(), () -> dashboard.exportCsv(mine,
                List.of("Personne", "Type", "Équipe", "Modèle", "Parrain", "Arrivée", "Fait", "Retard", "Relecture",
                        "Terminée"), Purpose::name)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Personne\";");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")").doesNotContain(";\"=HYPERLINK");
        assertThat(csv.lines()).hasSize(2);
    }

    @Test
    void analyticsCountsLateItemsAndExercisesApprovedTheFirstTime() {
        long template = cast.template("Analytique");
        String lineage = cast.users.as(cast.hr.email(), () -> templates.get(template)).summary().lineage();
        long id = cast.start(template, OnboardingFixtures.nextWorkingDay());
        cast.users.as(cast.newcomer.email(), () -> work.confirmRead(cast.item(id, ItemKind.READ_AND_CONFIRM).id()));
        long exercise = cast.item(id, ItemKind.WRITE_AND_REVIEW).id();
        cast.users.as(cast.newcomer.email(), () -> work.startWriting(exercise, "fr"));
        cast.users.as(cast.newcomer.email(), () -> work.submit(exercise));
        cast.users.as(cast.buddy.email(), () -> work.approve(exercise, null));

        List<TemplateMetrics> metrics = cast.users.as(cast.hr.email(),
                () -> analytics.metrics(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)));
        assertThat(metrics).filteredOn(m -> m.lineage().equals(lineage)).singleElement().satisfies(m -> {
            assertThat(m.itemsDone()).isEqualTo(2);
            assertThat(m.lateShare()).as("both done before they were due").isZero();
            assertThat(m.exercisesApproved()).isEqualTo(1);
            assertThat(m.approvedFirstTimeShare()).isEqualTo(1.0);
            assertThat(m.finished()).isZero();
            assertThat(m.medianDaysToComplete()).isNull();
        });
        assertThat(OnboardingAnalytics.median(List.of(10, 2, 30))).isEqualTo(10.0);
        assertThat(OnboardingAnalytics.median(List.of(10, 20, 2, 30))).isEqualTo(15.0);
    }
}
