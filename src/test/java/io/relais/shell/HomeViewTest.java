package io.relais.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventLinks;
import io.relais.calendar.EventVisibility;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisChart;
import io.relais.rituals.RitualFixtures;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The home page greets by first name, shows one's day (events, rituals, to-dos) and async week and
 * draws how the demo company grew.
 */
@RelaisSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;
    @Autowired
    CalendarService calendar;
    @Autowired
    TodoService todos;
    @Autowired
    ApplicationContext context;

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

    /**
     * Nils (in Toronto) sees his day in his own time: his private appointment linking to its
     * occurrence in the calendar, his 1:1 with his manager as a ritual linking to its page and
     * minutes, and the to-do due today; his manager's day does not show his appointment.
     */
    @Test
    void myDayShowsTodaysEventsRitualsAndDueTodosInTheReadersZoneEachLinkingWhereItLives() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        ZoneId toronto = ZoneId.of("America/Toronto");
        // both in Toronto: in Paris, a Toronto afternoon is often tomorrow already
        TestUsers.User manager = fixtures.person("Manon", null, "America/Toronto");
        TestUsers.User newcomer = fixtures.person("Nils", null, "America/Toronto");
        LocalDate today = LocalDate.now(toronto);
        Instant appointmentStart = today.atTime(8, 15).atZone(toronto).toInstant();
        long appointment = users.as(newcomer.email(), () -> calendar.create(EventForm.timed(
                calendar.personalCalendar(newcomer.personId()).id(), "Rendez-vous banque", today.atTime(8, 15),
                today.atTime(8, 45), toronto).withVisibility(EventVisibility.PRIVATE)));
        RitualFixtures.Meeting oneOnOne = new RitualFixtures(context).oneOnOne(manager, newcomer,
                today.atTime(13, 0).atZone(toronto).toInstant());
        String todo = "Préparer mes questions " + TestUsers.unique();
        users.as(newcomer.email(), () -> todos.add(new TodoForm(todo, today, null, null)));

        signIn(newcomer);
        navigate(HomeView.class);
        Div day = $(Div.class).id("today-agenda");
        Locale locale = UI.getCurrent().getLocale();

        Anchor appointmentLink = $(Anchor.class, day).withText("Rendez-vous banque").single();
        assertThat(appointmentLink.getHref()).isEqualTo(EventLinks.of(appointment, appointmentStart));
        assertThat(appointmentLink.getParent().orElseThrow().getElement().getTextRecursively())
                .as("08:15 in Toronto, not the server's or Paris' time")
                .contains(Formats.time(appointmentStart, toronto, locale) + " – "
                        + Formats.time(appointmentStart.plusSeconds(30 * 60), toronto, locale));
        Anchor meetingLink = $(Anchor.class, day).all().stream()
                .filter(a -> a.getHref().equals("/rituals/meetings/" + oneOnOne.id())).findFirst().orElseThrow();
        assertThat(meetingLink.getText()).startsWith("1:1 ");
        assertThat($(Anchor.class, day).all()).filteredOn(a -> a.getHref().equals("/docs/" + oneOnOne.documentId()))
                .singleElement().extracting(Anchor::getText).isEqualTo(UI.getCurrent().getTranslation("home.my-day.minutes"));
        assertThat($(Anchor.class, day).all()).as("the 1:1 is listed once, as the ritual")
                .noneMatch(a -> a.getHref().equals(EventLinks.of(oneOnOne.eventId(), oneOnOne.start())));
        assertThat(day.getElement().getTextRecursively().indexOf("Rendez-vous banque"))
                .as("in the order of the day").isLessThan(day.getElement().getTextRecursively().indexOf(meetingLink.getText()));
        assertThat($(Checkbox.class, $(Div.class).id("today-todos")).all()).extracting(Checkbox::getLabel).contains(todo);

        signIn(manager);
        navigate(HomeView.class);
        String managersDay = $(Div.class).id("today-agenda").getElement().getTextRecursively();
        assertThat(managersDay).doesNotContain("Rendez-vous banque").contains(meetingLink.getText());
    }

    private void signIn(TestUsers.User user) {
        var details = context.getBean(UserDetailsService.class).loadUserByUsername(user.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
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
