package io.relais.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each adoption figure on the hand-built history of {@link AdoptionFixture}, with its answer
 * worked out by hand: weeks 1 to 4 of a team of five (a sixth person joins on the Thursday of
 * week 2), documents and meetings at known Paris times, including both sides of a week boundary.
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class AdoptionMetricsTest {

    private static final Offset<Double> EXACT = within(1e-9);
    /** Person-days of team T in weeks 1 to 4: five people all along, the sixth 4 days of week 2 and all of 3 and 4. */
    private static final double[] PERSON_DAYS = {35, 39, 42, 42};

    static AdoptionFixture fixture;

    @Autowired
    AdoptionService adoption;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void history(@Autowired ApplicationContext context) {
        fixture = new AdoptionFixture(context);
    }

    @Test
    void writtenAgainstSynchronousPerPersonAndWeek() {
        AdoptionReport report = adoption.report(fixture.weeks(fixture.teamT));

        assertThat(report.periodStarts()).containsExactly(fixture.week1, fixture.week1.plusWeeks(1),
                fixture.week1.plusWeeks(2), fixture.week1.plusWeeks(3));
        assertThat(report.headcount().get(1)).isCloseTo(39 / 7.0, EXACT);
        // week 1: seven saves (X1 twice, X2 on Sunday 23:30, two minutes, the decision twice) by five people
        // week 2: X3 on Monday 00:30 (Sunday 22:30 UTC: still week 2 in Paris)
        List<Double> written = report.series(Metric.DOCUMENTS_WRITTEN).values();
        assertThat(written.get(0)).isCloseTo(7 / 5.0, EXACT);
        assertThat(written.get(1)).isCloseTo(1 / (39 / 7.0), EXACT);
        assertThat(written.get(2)).isZero();
        assertThat(written.get(3)).as("an empty week writes nothing: zero, not missing").isZero();
        // week 1: 1.5 h with the five present members of T, and 1 h with A and B; weeks 2 and 3: 1 h with A and B
        List<Double> meetings = report.series(Metric.MEETING_HOURS).values();
        assertThat(meetings.get(0)).isCloseTo((5 * 1.5 + 2) / 5.0, EXACT);
        assertThat(meetings.get(1)).isCloseTo(2 / (39 / 7.0), EXACT);
        assertThat(meetings.get(2)).isCloseTo(2 / 6.0, EXACT);
        assertThat(meetings.get(3)).isZero();
        List<Double> ratio = report.series(Metric.WRITTEN_PER_MEETING_HOUR).values();
        assertThat(ratio.get(0)).isCloseTo(1.4 / 1.9, EXACT);
        assertThat(ratio.get(3)).as("no meeting: no ratio").isNull();
        double personWeeks = Arrays.stream(PERSON_DAYS).sum() / 7;
        assertThat(report.series(Metric.DOCUMENTS_WRITTEN).overall()).isCloseTo(8 / personWeeks, EXACT);
        assertThat(report.series(Metric.MEETING_HOURS).overall()).as("9.5 + 2 + 2 person-hours")
                .isCloseTo(13.5 / personWeeks, EXACT);
    }

    @Test
    void minutesDecisionsAndTheKnowledgeBase() {
        AdoptionReport report = adoption.report(fixture.weeks(fixture.teamT));

        assertThat(report.series(Metric.MINUTES_ON_TIME).values()).containsExactly(0.5, null, null, null);
        assertThat(report.series(Metric.MINUTES_WITH_DECISION).values()).containsExactly(0.5, null, null, null);
        assertThat(report.series(Metric.DECISIONS_LOGGED).values()).containsExactly(1.0, 0.0, 0.0, 0.0);
        assertThat(report.series(Metric.DECISION_DAYS_TO_ACCEPT).values()).containsExactly(4.0, null, null, null);
        assertThat(report.series(Metric.ARTICLES_CREATED).values()).containsExactly(2.0, 1.0, 0.0, 0.0);
        assertThat(report.series(Metric.ARTICLES_UPDATED).values()).containsExactly(1.0, 0.0, 0.0, 0.0);
        List<Double> contributors = report.series(Metric.CONTRIBUTORS).values();
        assertThat(contributors.get(0)).as("A, B, C and D of five").isCloseTo(0.8, EXACT);
        assertThat(contributors.get(1)).as("E of 39/7 people on average").isCloseTo(1 / (39 / 7.0), EXACT);
        // X1's review-by date (Thursday of week 1) has passed at the end of each week; X2 then X3 join
        List<Double> pastReview = report.series(Metric.PAST_REVIEW_DATE).values();
        assertThat(pastReview.get(0)).isCloseTo(1 / 2.0, EXACT);
        assertThat(pastReview.get(1)).isCloseTo(1 / 3.0, EXACT);
        assertThat(report.series(Metric.DOCUMENT_VIEWS).values()).containsOnly(0.0);
        assertThat(report.series(Metric.POPULAR_BUT_STALE).values()).containsOnly(0.0);
    }

    @Test
    void overallFiguresAreComputedOverTheRangeNotAveragedOverPeriods() {
        AdoptionReport report = adoption.report(fixture.weeks(fixture.teamT));

        assertThat(report.series(Metric.MINUTES_ON_TIME).overall()).isEqualTo(0.5);
        assertThat(report.series(Metric.DECISION_DAYS_TO_ACCEPT).overall()).isEqualTo(4.0);
        assertThat(report.series(Metric.CONTRIBUTORS).overall())
                .as("five different writers over the range, average headcount 158/28")
                .isCloseTo(5 / (Arrays.stream(PERSON_DAYS).sum() / 28), EXACT);
    }

    @Test
    void theIndexCombinesTheComponentsThatHaveData() {
        AdoptionReport report = adoption.report(fixture.weeks(fixture.teamT));
        AdoptionIndex week1 = report.index().getFirst();

        assertThat(week1.value()).isNotNull().isBetween(0.0, 100.0);
        AdoptionIndex expected = AdoptionIndex.of(java.util.Map.of(
                Metric.WRITTEN_PER_MEETING_HOUR, 1.4 / 1.9, Metric.MINUTES_ON_TIME, 0.5,
                Metric.MINUTES_WITH_DECISION, 0.5, Metric.CONTRIBUTORS, 0.8, Metric.PAST_REVIEW_DATE, 0.5),
                adoption.settings().weights(), adoption.settings().documentsPerMeetingHour());
        assertThat(week1.value()).isCloseTo(expected.value(), EXACT);
        assertThat(week1.parts()).filteredOn(part -> part.component() == IndexComponent.FINDABILITY)
                .singleElement().satisfies(part -> assertThat(part.score()).as("searches are company-wide").isNull());
    }

    @Test
    void metricsWithoutASourceSayNoDataYetAndSearchesAreCompanyWide() {
        AdoptionReport team = adoption.report(fixture.weeks(fixture.teamT));

        assertThat(team.series(Metric.SEARCHES).status()).isEqualTo(MetricSeries.Status.COMPANY_ONLY);
        for (Metric metric : Metric.values()) {
            if (!adoption.measuredMetrics().contains(metric)) {
                assertThat(team.series(metric).status()).as(metric.name()).isEqualTo(MetricSeries.Status.NO_SOURCE);
                assertThat(team.series(metric).values()).as(metric.name()).containsOnlyNulls();
            }
        }
        assertThat(adoption.measuredMetrics()).contains(Metric.DOCUMENTS_WRITTEN, Metric.MEETING_HOURS, Metric.SEARCHES);
        assertThat(adoption.report(fixture.weeks(null)).series(Metric.SEARCHES).status())
                .isEqualTo(MetricSeries.Status.MEASURED);
    }

    @Test
    void aGroupBelowTheMinimumSizeShowsNothing() {
        AdoptionReport small = adoption.report(fixture.weeks(fixture.smallTeam));

        assertThat(small.series(Metric.DOCUMENTS_WRITTEN).status()).isEqualTo(MetricSeries.Status.TOO_SMALL);
        assertThat(small.series(Metric.DOCUMENTS_WRITTEN).values()).containsOnlyNulls();
        assertThat(small.overallIndex().value()).isNull();
        assertThat(adoption.heatmap(fixture.weeks(fixture.smallTeam)).tooSmall()).isTrue();
        assertThat(adoption.compareTeams(fixture.weeks(null)).teams())
                .filteredOn(team -> team.teamId() == fixture.smallTeam).singleElement()
                .satisfies(team -> {
                    assertThat(team.tooSmall()).isTrue();
                    assertThat(team.saves()).containsOnlyNulls();
                    assertThat(team.index()).isNull();
                });
    }

    @Test
    void heatmapPlacesActionsInParisTimeAndCountsAfterHours() {
        ActivityHeatmap heatmap = adoption.heatmap(fixture.weeks(fixture.teamT));

        assertThat(heatmap.total()).isEqualTo(8);
        assertThat(heatmap.actions()[6][23]).as("Sunday 23:30").isEqualTo(1);
        assertThat(heatmap.actions()[0][0]).as("Monday 00:30").isEqualTo(1);
        assertThat(heatmap.actions()[1][10]).as("Tuesday 10:00").isEqualTo(1);
        assertThat(heatmap.afterHoursShare()).isCloseTo(2 / 8.0, EXACT);
    }

    @Test
    void drillDownListsTheDocumentsBehindAPoint() {
        List<DrillItem> written = adoption.drill(fixture.weeks(fixture.teamT), Metric.DOCUMENTS_WRITTEN, fixture.week1);

        assertThat(written).extracting(DrillItem::title).containsExactlyInAnyOrder(fixture.title("X1"), fixture.title("X2"),
                fixture.title("CR B"), fixture.title("CR C"), fixture.title("Décision D"));
        assertThat(written).filteredOn(item -> item.title().equals(fixture.title("X1"))).singleElement()
                .satisfies(item -> assertThat(item.figure()).as("saves").isEqualTo(2));
        assertThat(adoption.drill(fixture.weeks(fixture.teamT), Metric.MINUTES_ON_TIME, fixture.week1))
                .extracting(DrillItem::figure).containsExactlyInAnyOrder(1L, 3L);
        assertThat(adoption.drill(fixture.weeks(fixture.teamT), Metric.DECISION_DAYS_TO_ACCEPT, fixture.week1))
                .singleElement().satisfies(item -> assertThat(item.figure()).isEqualTo(4));
        assertThat(adoption.drill(fixture.weeks(fixture.teamT), Metric.MEETING_HOURS, fixture.week1))
                .extracting(DrillItem::figure).containsExactly(450L, 120L);
    }

    @Test
    void aTeamLeadSeesTheirTeamOnly() {
        TestUsers users = new TestUsers(context);
        users.as(fixture.lead.email(), () -> {
            AdoptionAccess access = adoption.access();
            assertThat(access.company()).isFalse();
            assertThat(access.teams()).extracting(team -> team.id()).containsExactly(fixture.teamT);
            assertThat(adoption.report(fixture.weeks(fixture.teamT)).series(Metric.DOCUMENTS_WRITTEN).values().getFirst())
                    .isCloseTo(1.4, EXACT);
            assertThat(adoption.compareTeams(fixture.weeks(null)).teams()).extracting(TeamComparison.Team::teamId)
                    .containsExactly(fixture.teamT);
            assertThatThrownBy(() -> adoption.report(fixture.weeks(null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> adoption.report(fixture.weeks(fixture.smallTeam))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> adoption.heatmap(fixture.weeks(fixture.smallTeam))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> adoption.drill(fixture.weeks(fixture.smallTeam), Metric.DOCUMENTS_WRITTEN,
                    fixture.week1)).isInstanceOf(AccessDeniedException.class);
            AdoptionDashboard own = adoption.dashboard(fixture.weeks(fixture.teamT), null);
            assertThat(own.teams().teams()).extracting(TeamComparison.Team::teamId).containsExactly(fixture.teamT);
            assertThatThrownBy(() -> adoption.dashboard(fixture.weeks(null), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> adoption.dashboard(fixture.weeks(fixture.teamT), fixture.weeks(fixture.smallTeam)))
                    .as("nor another team's figures to compare with").isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void theDashboardHoldsWhatEachPartAnswersAlone() {
        ReportRequest weeks = fixture.weeks(fixture.teamT);
        ReportRequest before = new ReportRequest(fixture.teamT, Granularity.WEEK, fixture.week1.minusWeeks(4),
                fixture.week1.minusDays(1));

        AdoptionDashboard dashboard = adoption.dashboard(weeks, before);

        assertThat(dashboard.report()).isEqualTo(adoption.report(weeks));
        assertThat(dashboard.compared()).isEqualTo(adoption.report(before));
        assertThat(dashboard.teams()).isEqualTo(adoption.compareTeams(weeks));
        assertThat(dashboard.heatmap()).usingRecursiveComparison().isEqualTo(adoption.heatmap(weeks));
        assertThat(adoption.dashboard(weeks, null).compared()).isNull();
        ReportRequest reversed = new ReportRequest(fixture.teamT, Granularity.WEEK, fixture.week1, fixture.week1.minusDays(1));
        assertThatThrownBy(() -> adoption.dashboard(weeks, reversed)).as("a refusal computed aside stays a refusal")
                .isInstanceOfSatisfying(io.relais.platform.UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("analytics.error.range"));
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void anEmployeeSeesNoGroupFigures() {
        assertThat(adoption.access().any()).isFalse();
        assertThatThrownBy(() -> adoption.report(fixture.weeks(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> adoption.report(fixture.weeks(fixture.teamT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> adoption.compareTeams(fixture.weeks(null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReversedRangeIsRefusedWithAClearMessage() {
        ReportRequest reversed = new ReportRequest(fixture.teamT, Granularity.WEEK, fixture.week1, fixture.week1.minusDays(1));
        assertThatThrownBy(() -> adoption.report(reversed))
                .isInstanceOfSatisfying(io.relais.platform.UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("analytics.error.range"));
        ReportRequest tooLong = new ReportRequest(null, Granularity.WEEK, fixture.week1.minusYears(5), fixture.week1);
        assertThatThrownBy(() -> adoption.report(tooLong))
                .isInstanceOfSatisfying(io.relais.platform.UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("analytics.error.too-many-periods"));
    }
}
