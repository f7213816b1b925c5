package io.relais.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import io.relais.RelaisSpringTest;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.ui.RelaisChart;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The home page greets by first name, shows one's async week and draws how the demo company grew. */
@RelaisSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void greetsByFirstName() {
        HomeView home = navigate(HomeView.class);
        String greeting = $(H2.class, home).id("home-greeting").getText();
        assertThat(greeting).isIn(Stream.of("home.greeting.morning", "home.greeting.afternoon", "home.greeting.evening")
                .map(key -> UI.getCurrent().getTranslation(key, "Claire")).toList());
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void headcountChartHasOneMonthPerMonthSinceTheFoundingAndOnlyGrows() {
        navigate(HomeView.class);
        RelaisChart chart = $(RelaisChart.class).id("headcount-chart");

        YearMonth founding = YearMonth.from(people.get(people.findByEmail("claire.fontaine@canopee.fr")
                .orElseThrow().id()).startDate());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", UI.getCurrent().getLocale());
        List<String> months = new ArrayList<>();
        for (YearMonth month = founding; !month.isAfter(YearMonth.now()); month = month.plusMonths(1)) {
            months.add(month.atDay(1).format(format));
        }
        assertThat(chart.getType()).isEqualTo(RelaisChart.Type.AREA);
        assertThat(chart.getCategories()).hasSizeGreaterThanOrEqualTo(36).containsExactlyElementsOf(months);
        assertThat(chart.getSeries()).hasSize(1);
        List<Long> counts = chart.getSeries().getFirst().data().stream().map(Number::longValue).toList();
        assertThat(counts.getFirst()).as("the founder alone").isEqualTo(1);
        for (int i = 1; i < counts.size(); i++) {
            assertThat(counts.get(i)).as("headcount in " + months.get(i)).isGreaterThanOrEqualTo(counts.get(i - 1));
        }
        assertThat(counts.getLast()).isGreaterThanOrEqualTo(49);
        assertThat(chart.getConfigJson()).contains("\"type\":\"area\"");
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void teamsChartSplitsTheActivePeopleOfTheSixTeams() {
        navigate(HomeView.class);
        RelaisChart chart = $(RelaisChart.class).id("teams-chart");

        List<TeamSummary> teams = people.teams();
        assertThat(chart.getType()).isEqualTo(RelaisChart.Type.DONUT);
        assertThat(chart.getCategories()).hasSize(6).containsExactlyInAnyOrderElementsOf(
                teams.stream().filter(team -> team.memberCount() > 0).map(TeamSummary::name).toList());
        assertThat(chart.getSeries()).hasSize(1);
        long sum = chart.getSeries().getFirst().data().stream().mapToLong(Number::longValue).sum();
        assertThat(sum).isEqualTo(teams.stream().mapToLong(TeamSummary::memberCount).sum());
        assertThat(chart.getConfigJson()).contains("\"type\":\"donut\"");
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void myAsyncWeekIsATableOfLastWeekAndThisWeek() {
        navigate(HomeView.class);
        NativeTable table = $(NativeTable.class).id("my-async-week-table");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).as("labels, last week, this week").hasSize(3);
        assertThat(table.getBody().getRows()).as("saves, meeting hours, ratio, decisions").hasSize(4);
        assertThat(table.getBody().getRows().getFirst().getDataCells()).hasSize(2);
    }

    @Test
    void greetingFollowsTheTimeOfDay() {
        assertThat(HomeView.greetingKey(LocalTime.of(4, 59))).isEqualTo("home.greeting.evening");
        assertThat(HomeView.greetingKey(LocalTime.of(5, 0))).isEqualTo("home.greeting.morning");
        assertThat(HomeView.greetingKey(LocalTime.of(11, 59))).isEqualTo("home.greeting.morning");
        assertThat(HomeView.greetingKey(LocalTime.NOON)).isEqualTo("home.greeting.afternoon");
        assertThat(HomeView.greetingKey(LocalTime.of(17, 59))).isEqualTo("home.greeting.afternoon");
        assertThat(HomeView.greetingKey(LocalTime.of(18, 0))).isEqualTo("home.greeting.evening");
    }
}
