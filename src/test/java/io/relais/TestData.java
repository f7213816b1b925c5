package io.relais;

import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Fresh, unique people and accounts for tests that share the one database: created through the
 * services (as a system task), never by touching the demo organisation.
 *
 * <p>Their e-mail addresses are at {@code example.test}, never at the demo's {@code canopee.fr}.
 * People start today, so that deactivating them (which counts a departure this month) keeps
 * the demo organisation's monthly headcount history the same shape.
 */
public final class TestData {

    public static final String PASSWORD = "test-password-1";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestData() {
    }

    /** A word of letters nobody else uses, capitalised: a safe unique last name. */
    public static String uniqueName() {
        StringBuilder name = new StringBuilder("Test");
        for (int i = 0; i < 10; i++) {
            name.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return name.toString();
    }

    public static String emailOf(String firstName, String lastName) {
        return (firstName + "." + lastName + "@example.test").toLowerCase(Locale.ROOT);
    }

    public static PersonForm form(String firstName, String lastName, Long teamId, Long managerId) {
        return new PersonForm(firstName, lastName, emailOf(firstName, lastName), "Testeur", teamId, managerId,
                LocalDate.now(), "Lyon", "Europe/Paris");
    }

    /** A new person in the given team (by name, e.g. {@code "Tech & Data"}), or without a team. */
    public static long person(PersonService people, String firstName, String lastName, String teamName, Long managerId) {
        return SystemTask.runAs(List.of(Roles.HR), () -> {
            Long teamId = teamName == null ? null : people.teams().stream().filter(team -> team.name().equals(teamName))
                    .findFirst().map(TeamSummary::id).orElseThrow();
            return people.create(form(firstName, lastName, teamId, managerId));
        });
    }

    public static long person(PersonService people, String firstName, String lastName) {
        return person(people, firstName, lastName, null, null);
    }

    /** An account for the person, signing in with {@link #PASSWORD}; its username is their e-mail. */
    public static void account(AccountService accounts, long personId, Collection<String> roles) {
        SystemTask.runAs(List.of(Roles.ADMIN), () -> accounts.createForPerson(personId, roles, PASSWORD));
    }

    /**
     * A person with an account, created once per test run under a fixed e-mail address, so
     * {@code @WithUserDetails(thatAddress)} can sign in as somebody whose data the test owns.
     */
    public static long personWithAccount(PersonService people, AccountService accounts, String firstName,
            String lastName, Collection<String> roles) {
        String email = emailOf(firstName, lastName);
        return SystemTask.runAs(List.of(Roles.ADMIN, Roles.HR), () -> people.findByEmail(email)
                .map(existing -> existing.id())
                .orElseGet(() -> {
                    long id = person(people, firstName, lastName);
                    account(accounts, id, roles);
                    return id;
                }));
    }
}
