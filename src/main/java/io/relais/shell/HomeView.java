package io.relais.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.relais.analytics.AdoptionService;
import io.relais.analytics.ui.MyAsyncWeekCard;
import io.relais.calendar.CalendarService;
import io.relais.people.HeadcountPoint;
import io.relais.people.PersonService;
import io.relais.people.ui.PeopleView;
import io.relais.platform.CurrentUser;
import io.relais.platform.ui.RelaisChart;
import io.relais.rituals.RitualAgenda;
import io.relais.security.ui.ProfileView;
import io.relais.todo.TodoService;
import io.relais.todo.ui.TodayTodos;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The home page: a greeting, "my day" (today's events and ritual meetings, and the to-dos due
 * today or late), "my async week" (one's own writing and meeting time, seen by nobody else), how
 * the company grew (headcount over time, people per team) and shortcuts.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RelaisChart growthChart = new RelaisChart(RelaisChart.Type.AREA);
    private final RelaisChart teamsChart = new RelaisChart(RelaisChart.Type.DONUT);
    private final CurrentUser currentUser;
    private final PersonService people;
    private final CalendarService calendar;
    private final RitualAgenda rituals;
    private final TodoService todos;
    private final AdoptionService adoption;
    private final Clock clock;

    public HomeView(CurrentUser currentUser, PersonService people, CalendarService calendar, RitualAgenda rituals,
            TodoService todos, AdoptionService adoption, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.calendar = calendar;
        this.rituals = rituals;
        this.todos = todos;
        this.adoption = adoption;
        this.clock = clock;
        addClassName("relais-page");
        setPadding(false);
        growthChart.setId("headcount-chart");
        teamsChart.setId("teams-chart");
    }

    /**
     * Filled at each navigation, not once: Vaadin keeps the view shown when Home is opened again from Home, and
     * people do that to see their day as it is now.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 greeting = new H2(getTranslation(greetingKey(LocalTime.now(clock)), firstName(currentUser)));
        greeting.setId("home-greeting");
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("relais-muted");

        fillGrowthChart(people.headcountHistory());
        fillTeamsChart(people.activePeoplePerTeam());

        Div cards = new Div(card("home.growth.title", growthChart), card("home.teams.title", teamsChart),
                card("home.links.title", links()));
        if (currentUser.require().personId() != null) { // technical accounts have no day to plan
            cards.addComponentAsFirst(card("home.my-day.title",
                    new Div(new TodayAgenda(calendar, rituals), new TodayTodos(todos, clock))));
            adoption.myWeek().ifPresent(week -> cards.addComponentAtIndex(1,
                    card("teamlead.my-week.title", new MyAsyncWeekCard(week))));
        }
        cards.addClassName("relais-cards");
        add(greeting, intro, cards);
    }

    private void fillGrowthChart(List<HeadcountPoint> history) {
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> months = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (HeadcountPoint point : history) {
            months.add(point.month().atDay(1).format(monthFormat));
            counts.add(point.people());
        }
        growthChart.setTitle(getTranslation("home.growth.chart"))
                .setData(months, List.of(new RelaisChart.Series(getTranslation("home.growth.series"), counts)));
    }

    private void fillTeamsChart(Map<String, Long> perTeam) {
        teamsChart.setTitle(getTranslation("home.teams.chart"))
                .setData(List.copyOf(perTeam.keySet()),
                        List.of(new RelaisChart.Series(getTranslation("home.teams.series"), List.copyOf(perTeam.values()))));
    }

    private Div links() {
        Div links = new Div(new RouterLink(getTranslation("menu.people"), PeopleView.class), new Div(),
                new RouterLink(getTranslation("shell.profile"), ProfileView.class));
        links.getStyle().set("line-height", "2");
        return links;
    }

    private Div card(String titleKey, com.vaadin.flow.component.Component content) {
        Div card = new Div(new H3(getTranslation(titleKey)), content);
        card.addClassName("relais-card");
        return card;
    }

    private static String firstName(CurrentUser currentUser) {
        String name = currentUser.require().displayName();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    static String greetingKey(LocalTime time) {
        if (time.isBefore(LocalTime.of(5, 0)) || !time.isBefore(LocalTime.of(18, 0))) {
            return "home.greeting.evening";
        }
        return time.isBefore(LocalTime.NOON) ? "home.greeting.morning" : "home.greeting.afternoon";
    }

    RelaisChart growthChart() {
        return growthChart;
    }

    RelaisChart teamsChart() {
        return teamsChart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
