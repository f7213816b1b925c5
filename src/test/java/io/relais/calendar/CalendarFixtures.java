package io.relais.calendar;

import io.relais.TestUsers;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** People of one's own in a demo team (or none), with accounts, for calendar tests. */
public final class CalendarFixtures {

    private final PersonService people;
    private final AccountService accounts;

    public CalendarFixtures(ApplicationContext context) {
        this.people = context.getBean(PersonService.class);
        this.accounts = context.getBean(AccountService.class);
    }

    public TestUsers.User person(String firstName, String teamName, String zone, String... roles) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> {
            Long teamId = teamName == null ? null : people.teams().stream().filter(t -> t.name().equals(teamName))
                    .map(TeamSummary::id).findFirst().orElseThrow();
            String email = "cal." + TestUsers.unique() + "@tests.relais.io";
            long id = people.create(new PersonForm(firstName, "Cal-" + TestUsers.unique(), email, null, teamId, null,
                    LocalDate.now(), null, zone));
            accounts.createForPerson(id, roles.length == 0 ? List.of(Roles.EMPLOYEE) : List.of(roles), TestUsers.PASSWORD);
            return new TestUsers.User(id, email);
        });
    }

    public long teamId(String teamName) {
        return SystemTask.runAs(List.of(Roles.HR), () -> people.teams().stream().filter(t -> t.name().equals(teamName))
                .map(TeamSummary::id).findFirst().orElseThrow());
    }
}
