package io.relais;

import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import io.relais.security.AccountSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test people and accounts of one's own, so tests never depend on (or damage) the demo logins:
 * unique e-mail addresses, a known password, and a way to act as any account for a few calls.
 * Everything goes through the real, secured services.
 */
public final class TestUsers {

    /** The password of every account made here. */
    public static final String PASSWORD = "test-password-42";

    /** A person with an account. */
    public record User(long personId, String email) {
    }

    private final PersonService people;
    private final AccountService accounts;
    private final UserDetailsService userDetails;

    public TestUsers(ApplicationContext context) {
        this.people = context.getBean(PersonService.class);
        this.accounts = context.getBean(AccountService.class);
        this.userDetails = context.getBean(UserDetailsService.class);
    }

    /** A short random token that makes names and addresses unique across tests and runs. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid form for a new person starting today, with a unique e-mail address. */
    public static PersonForm form(String firstName, String lastName) {
        return new PersonForm(firstName, lastName, "t." + unique() + "@tests.relais.io", null, null, null,
                LocalDate.now(), null, "Europe/Paris");
    }

    /** Creates a person (as the system, with HR and ADMIN rights). */
    public long createPerson(PersonForm form) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> people.create(form));
    }

    /** Creates a person and their account with {@link #PASSWORD} and the given roles. */
    public User createUser(String firstName, String... roles) {
        PersonForm form = form(firstName, "Test-" + unique());
        long personId = createPerson(form);
        SystemTask.runAsAdmin(() -> accounts.createForPerson(personId, List.of(roles), PASSWORD));
        return new User(personId, form.email());
    }

    /** The account of a username, as the ADMIN accounts view lists it. */
    public AccountSummary account(String username) {
        return SystemTask.runAs(List.of(Roles.ADMIN), () -> accounts.page(username, 0, 10)).stream()
                .filter(account -> account.username().equalsIgnoreCase(username))
                .findFirst().orElseThrow();
    }

    /** Runs work signed in as the given account, then restores the previous sign-in. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
