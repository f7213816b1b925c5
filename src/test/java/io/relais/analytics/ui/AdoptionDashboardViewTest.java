package io.relais.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.analytics.Granularity;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.ui.RelaisChart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The adoption dashboard as leadership, on the demo organisation's history: the index gauge and
 * trend, every area's chart with its table and CSV, teams side by side, the heatmap, filters and
 * the drill-down.
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class AdoptionDashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Test
    void showsTheIndexEveryAreaAndTheTeamsOfTheLastTwelveMonths() {
        navigate(AdoptionDashboardView.class);

        RelaisChart gauge = $(RelaisChart.class).id("analytics-gauge-chart");
        assertThat(gauge.getType()).isEqualTo(RelaisChart.Type.RADIAL_BAR);
        assertThat(gauge.getSeries().getFirst().data().getFirst()).as("the demo company has an index").isNotNull();
        RelaisChart trend = $(RelaisChart.class).id("analytics-index-trend-chart");
        assertThat(trend.getCategories()).hasSize(12);
        assertThat(trend.getSeries().getFirst().data()).doesNotContainNull();

        RelaisChart writing = $(RelaisChart.class).id("analytics-writing-chart");
        assertThat(writing.getSeries()).hasSize(3);
        assertThat(writing.getSeries().get(1).data()).as("the demo teams meet every week")
                .allSatisfy(hours -> assertThat(hours.doubleValue()).isPositive());
        assertThat($(RelaisChart.class).id("analytics-rituals-chart").getSeries())
                .as("the demo's trios and all-hands are measured by the rituals module").isNotEmpty();
        RelaisChart onboarding = $(RelaisChart.class).id("analytics-onboarding-chart");
        assertThat(onboarding.getSeries()).as("days to finish, late items, exercises approved first time").hasSize(3);
        assertThat(onboarding.getSeries().get(1).data()).as("the demo's newcomers had items due in the last year")
                .filteredOn(java.util.Objects::nonNull).isNotEmpty();
        assertThat($(ChartCard.class).id("analytics-onboarding").csv()).as("a table and CSV like every card").isNotEmpty();

        RelaisChart teams = $(RelaisChart.class).id("analytics-teams-written-chart");
        assertThat(teams.getSeries().size()).as("one stacked series per team").isGreaterThanOrEqualTo(6);
        RelaisChart heatmap = $(RelaisChart.class).id("analytics-heatmap-chart");
        assertThat(heatmap.getSeries()).hasSize(7);
        assertThat(heatmap.getCategories()).hasSize(24);
        assertThat($(Paragraph.class).id("analytics-heatmap-note").getText()).contains("%");
        assertThat($(ChartCard.class).id("analytics-compare").isVisible()).isTrue();
    }

    @Test
    void everyChartHasATableAndASpreadsheetSafeCsv() {
        String hostile = "=HYPERLINK(\"x\") " + TestUsers.unique();
        SystemTask.runAs(List.of(Roles.HR), () -> people.createTeam(hostile, null));
        navigate(AdoptionDashboardView.class);

        ChartCard writing = $(ChartCard.class).id("analytics-writing");
        RelaisChart chart = $(RelaisChart.class).id("analytics-writing-chart");
        test($(Button.class).id("analytics-writing-toggle")).click();
        assertThat(writing.tableShown()).isTrue();
        assertThat(chart.isVisible()).isFalse();
        Grid<?> table = $(Grid.class).id("analytics-writing-table");
        assertThat(test(table).size()).isEqualTo(12);
        assertThat(writing.header()).hasSize(4);

        ChartCard teams = $(ChartCard.class).id("analytics-teams-index");
        String csv = new String(teams.csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\"'" + hostile.replace("\"", "\"\"") + "\"");
        assertThat(csv).doesNotContain("\n\"=");
    }

    @Test
    void weeklyFiguresAndADrillDownIntoAPoint() {
        navigate(AdoptionDashboardView.class);
        @SuppressWarnings("unchecked")
        Select<Granularity> granularity = $(Select.class).id("analytics-granularity");
        granularity.setValue(Granularity.WEEK);

        RelaisChart writing = $(RelaisChart.class).id("analytics-writing-chart");
        assertThat(writing.getCategories().size()).isBetween(48, 54);
        int lastFullWeek = writing.getCategories().size() - 2;
        writing.simulatePointClick(new RelaisChart.PointClick(1, lastFullWeek));

        Dialog drill = $(Dialog.class).id("analytics-drill");
        assertThat(drill.isOpened()).isTrue();
        assertThat(test($(Grid.class, drill).id("analytics-drill-grid")).size()).as("the demo teams' meetings that week")
                .isPositive();
        test($(Button.class, drill).id("analytics-drill-close")).click();
        assertThat(drill.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("camille.roux@canopee.fr")
    void aTeamLeadSeesHerTeamOnlyWithoutTheCompany() {
        navigate(AdoptionDashboardView.class);

        assertThat($(Paragraph.class).id("analytics-team-lead-scope").isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<AdoptionDashboardView.Scope> team = $(Select.class).id("analytics-team");
        assertThat(team.getListDataView().getItems()).extracting(AdoptionDashboardView.Scope::name)
                .containsExactly("Stratégie & Conseil");
        assertThat(team.getValue().id()).as("no company-wide scope").isNotNull();
        assertThat($(RelaisChart.class).id("analytics-teams-written-chart").getSeries()).extracting(RelaisChart.Series::name)
                .containsExactly("Stratégie & Conseil");
        assertThat($(RelaisChart.class).id("analytics-writing-chart").getSeries().getFirst().data())
                .as("her team of nine has figures").filteredOn(java.util.Objects::nonNull).isNotEmpty();
        assertThat($(RelaisChart.class).id("analytics-findability-chart").getSeries().getFirst().data())
                .as("company-wide figures stay hidden").containsOnlyNulls();
    }

    @Test
    void filtersByTeamAndComparesWithNothing() {
        navigate(AdoptionDashboardView.class);
        @SuppressWarnings("unchecked")
        Select<AdoptionDashboardView.Scope> team = $(Select.class).id("analytics-team");
        AdoptionDashboardView.Scope tech = team.getListDataView().getItems()
                .filter(scope -> "Tech & Data".equals(scope.name())).findFirst().orElseThrow();
        String companySummary = $(Paragraph.class).id("analytics-summary").getText();

        team.setValue(tech);
        assertThat($(RelaisChart.class).id("analytics-findability-chart").getSeries().getFirst().data())
                .as("searches are anonymous: no team figures").containsOnlyNulls();
        assertThat($(Paragraph.class).id("analytics-summary").getText()).isNotEqualTo(companySummary);

        ChartCard comparison = $(ChartCard.class).id("analytics-compare");
        @SuppressWarnings("unchecked")
        Select<AdoptionDashboardView.Comparison> compare = $(Select.class).id("analytics-compare-with");
        compare.setValue(AdoptionDashboardView.Comparison.NONE);
        assertThat(comparison.isVisible()).isFalse();
    }
}
