package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarKind;
import io.relais.calendar.CalendarService;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualService;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The demo's calendar life as a person reads it: three years of events since the founding (with
 * the daily call that stopped when the agency went asynchronous, except for the lagging team),
 * absences on every team's calendar (sick leave without its reason to colleagues, weekly remote
 * days), and to-dos on people's lists, their own and those other features put there.
 */
@RelaisSpringTest
class DemoCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String READER = DemoLogins.EMPLOYEE.email();

    @Autowired
    CalendarService calendar;
    @Autowired
    PersonService people;
    @Autowired
    TodoService todos;
    @Autowired
    RitualService rituals;
    @Autowired
    Clock clock;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    /** The demo's people: other tests add people of their own to the shared database. */
    private List<PersonSummary> demoPeople() {
        return SystemTask.runAs(List.of(Roles.HR), () -> people.activePeople()).stream()
                .filter(person -> person.email().endsWith("@canopee.fr")).toList();
    }

    /** What the reader sees of these calendars in [from, to), read a quarter at a time as views do. */
    private List<Occurrence> read(List<Long> calendarIds, LocalDate from, LocalDate to) {
        List<Occurrence> result = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); start = start.plusDays(90)) {
            Instant chunkFrom = start.atStartOfDay(PARIS).toInstant();
            LocalDate end = start.plusDays(90).isBefore(to) ? start.plusDays(90) : to;
            result.addAll(users.as(READER, () -> calendar.occurrences(calendarIds, chunkFrom,
                    end.atStartOfDay(PARIS).toInstant())));
        }
        return result;
    }

    @Test
    void threeYearsOfEventsFromTheFoundingToTheComingWeeks() {
        LocalDate today = LocalDate.now(clock);
        LocalDate founded = demoPeople().stream().map(PersonSummary::startDate).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(founded).as("founded about three years ago").isBefore(today.minusMonths(35));
        long company = users.as(READER, () -> calendar.companyCalendar().id());

        List<Occurrence> companyLife = read(List.of(company), founded, today.plusDays(30));
        for (LocalDate quarter = founded.plusMonths(1); quarter.isBefore(today); quarter = quarter.plusMonths(3)) {
            Instant from = quarter.atStartOfDay(PARIS).toInstant();
            Instant to = quarter.plusMonths(3).atStartOfDay(PARIS).toInstant();
            assertThat(companyLife).as("company events in the quarter from " + quarter)
                    .anyMatch(o -> !o.start().isBefore(from) && o.start().isBefore(to) && "Soirée d'agence".equals(o.title()));
        }
        assertThat(companyLife).extracting(Occurrence::title).contains("Séminaire trimestriel", "Fête de fin d'année");
        String allHands = SystemTask.runAs(List.of(Roles.HR), () -> rituals.ritual(RitualKind.FRIDAY_ALL_HANDS)).title();
        assertThat(companyLife).as("the coming Fridays' all-hands").anyMatch(o -> o.start().isAfter(clock.instant())
                && allHands.equals(o.title()) && o.start().atZone(PARIS).getDayOfWeek() == DayOfWeek.FRIDAY);

        // the story: everybody's daily call until the decision to write instead, then none
        LocalDate asyncSince = today.minusDays(DemoStory.ASYNC_DECISION_DAYS_AGO);
        Instant decision = asyncSince.atStartOfDay(PARIS).toInstant();
        List<Occurrence> dailyCalls = companyLife.stream().filter(o -> "Point quotidien".equals(o.title())).toList();
        assertThat(dailyCalls.stream().filter(o -> o.start().isBefore(decision)).count()).isGreaterThan(100);
        assertThat(dailyCalls).noneMatch(o -> o.start().isAfter(decision));
        long lagging = users.as(READER, () -> calendar.teamCalendar(team(DemoOrganisation.TEAMS.get(DemoStory.LAGGING_TEAM)
                .name()).id()).id());
        // a weekly meeting and a fortnightly retro make a dozen in 60 days; its daily call makes forty more
        assertThat(read(List.of(lagging), today.minusDays(60), today)).as("the lagging team kept its daily call")
                .filteredOn(o -> o.calendarKind() == CalendarKind.TEAM && !o.absence()).hasSizeGreaterThan(30);
    }

    @Test
    void absencesShowOnEveryTeamsCalendarSickLeaveWithoutItsReason() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> demo = demoPeople().stream().map(PersonSummary::id).collect(Collectors.toSet());
        List<Occurrence> allAbsences = new ArrayList<>();
        for (TeamSummary team : SystemTask.runAs(List.of(Roles.HR), () -> people.teams())) {
            if (team.memberCount() == 0 || !demoPeople().stream().anyMatch(p -> Long.valueOf(team.id()).equals(p.teamId()))) {
                continue;
            }
            long teamCalendar = users.as(READER, () -> calendar.teamCalendar(team.id()).id());
            List<Occurrence> absences = read(List.of(teamCalendar), today.minusYears(1), today).stream()
                    .filter(Occurrence::absence).filter(o -> o.absentee() != null && demo.contains(o.absentee().id())).toList();
            assertThat(absences).as(team.name() + ": holidays of the last year")
                    .anyMatch(o -> o.absenceType() == AbsenceType.HOLIDAY && o.allDay());
            Set<Long> members = demoPeople().stream().filter(p -> Long.valueOf(team.id()).equals(p.teamId()))
                    .map(PersonSummary::id).collect(Collectors.toSet());
            assertThat(absences).as(team.name() + ": its own members only")
                    .allMatch(o -> members.contains(o.absentee().id()));
            allAbsences.addAll(absences);
        }
        assertThat(allAbsences).as("weekly remote days").anyMatch(o -> o.absenceType() == AbsenceType.REMOTE);
        assertThat(allAbsences).as("sick leave, its reason kept from colleagues")
                .anyMatch(o -> o.absenceType() == null && o.busyOnly() && o.title() == null);
        long reader = SystemTask.runAs(List.of(Roles.HR), () -> people.findByEmail(READER).orElseThrow().id());
        assertThat(allAbsences).as("only the reader's own sick leave says so")
                .noneMatch(o -> o.absenceType() == AbsenceType.SICK && o.absentee().id() != reader);
    }

    @Test
    void demoPeopleHaveToDosOfTheirOwnAndFromTheirWork() {
        int withOwnItems = 0;
        int withLinkedItems = 0;
        for (PersonSummary person : demoPeople()) {
            List<TodoItem> items = users.as(person.email(), () -> todos.page(TodoFilter.ALL, 0, 500));
            withOwnItems += items.stream().anyMatch(item -> !item.linked()) ? 1 : 0;
            withLinkedItems += items.stream().anyMatch(TodoItem::linked) ? 1 : 0;
        }
        assertThat(withOwnItems).as("the demo logins write their own").isGreaterThanOrEqualTo(DemoLogins.ALL.size());
        assertThat(withLinkedItems).as("action items of minutes, onboarding items...").isGreaterThanOrEqualTo(10);
    }

    private TeamSummary team(String name) {
        return SystemTask.runAs(List.of(Roles.HR), () -> people.teams()).stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }
}
