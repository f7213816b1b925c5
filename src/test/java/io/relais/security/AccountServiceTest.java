package io.relais.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts as the ADMIN manages them and as each person manages their own. */
@RelaisSpringTest
@WithUserDetails("julien.mercier@canopee.fr")
class AccountServiceTest {

    @Autowired
    AccountService service;

    @Autowired
    PersonService people;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate transaction;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    /** Signs in the way the login form does: username + password against the stored hash. */
    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** The role authorities (Spring Security also grants factor authorities such as FACTOR_PASSWORD). */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    private long newPerson(String firstName) {
        return users.createPerson(TestUsers.form(firstName, "Compte-" + TestUsers.unique()));
    }

    // ---- ADMIN: opening accounts -------------------------------------------------------------

    @Test
    void anAdminOpensAnAccountWithAGeneratedPasswordThatSignsIn() {
        long personId = newPerson("Nadia");
        String email = people.get(personId).email();

        String password = service.createForPerson(personId, List.of(Roles.EMPLOYEE), null);

        assertThat(password).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
        assertThat(service.hasAccount(personId)).isTrue();
        Authentication signedIn = signIn(email.toUpperCase(Locale.ROOT), password);
        assertThat(roles(signedIn)).containsExactly("ROLE_EMPLOYEE");
        assertThatThrownBy(() -> signIn(email, password + "x")).isInstanceOf(BadCredentialsException.class);
        AccountSummary account = users.account(email);
        assertThat(account.personId()).isEqualTo(personId);
        assertThat(account.enabled()).isTrue();
        assertThat(account.displayName()).isEqualTo(people.get(personId).fullName());
        assertThat(service.count(email)).isEqualTo(1);
    }

    @Test
    void generatedPasswordsDiffer() {
        String first = service.createForPerson(newPerson("Un"), List.of(Roles.EMPLOYEE), null);
        String second = service.createForPerson(newPerson("Deux"), List.of(Roles.EMPLOYEE), null);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anAdminMayChooseTheInitialPasswordButNotATooShortOne() {
        long personId = newPerson("Olivier");

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> service.createForPerson(personId, List.of(Roles.EMPLOYEE), "short"));
        assertThat(refused.messageKey()).isEqualTo("security.error.password-too-short");
        assertThat(refused.field()).isEqualTo("password");
        assertThat(service.hasAccount(personId)).isFalse();

        assertThat(service.createForPerson(personId, List.of(Roles.EMPLOYEE), "long-enough-pass")).isEqualTo("long-enough-pass");
        assertThat(signIn(people.get(personId).email(), "long-enough-pass").isAuthenticated()).isTrue();
    }

    @Test
    void aPersonHasOneAccountAtMostAndRolesMustBeKnown() {
        long personId = newPerson("Pierre");

        assertRefused(() -> service.createForPerson(personId, List.of(), null), "security.error.roles-required");
        assertRefused(() -> service.createForPerson(personId, List.of("SUPERUSER"), null), "security.error.role-unknown");
        assertThat(service.hasAccount(personId)).isFalse();

        service.createForPerson(personId, List.of(Roles.EMPLOYEE), null);
        assertRefused(() -> service.createForPerson(personId, List.of(Roles.EMPLOYEE), null),
                "security.error.account-exists");
    }

    // ---- ADMIN: roles and access -------------------------------------------------------------

    @Test
    void anAdminChangesRolesAndTheNewRolesApplyAtTheNextSignIn() {
        User user = users.createUser("Quentin", Roles.EMPLOYEE);
        AccountSummary account = users.account(user.email());

        service.updateRoles(account.id(), account.version(), List.of(Roles.HR, Roles.EMPLOYEE));

        assertThat(users.account(user.email()).roles()).containsExactlyInAnyOrder(Roles.HR, Roles.EMPLOYEE);
        assertThat(roles(signIn(user.email(), TestUsers.PASSWORD))).containsExactlyInAnyOrder("ROLE_HR", "ROLE_EMPLOYEE");
        assertRefused(() -> service.updateRoles(account.id(), account.version(), List.of(Roles.LEADERSHIP)),
                "error.concurrent-edit");
        assertRefused(() -> {
            AccountSummary current = users.account(user.email());
            service.updateRoles(current.id(), current.version(), List.of("ROOT"));
        }, "security.error.role-unknown");
        assertThat(users.account(user.email()).roles()).containsExactlyInAnyOrder(Roles.HR, Roles.EMPLOYEE);
    }

    @Test
    void anAdminRoleCanBeRemovedWhileAnotherAdminRemains() {
        User admin = users.createUser("Rachel", Roles.ADMIN, Roles.EMPLOYEE);
        AccountSummary account = users.account(admin.email());

        service.updateRoles(account.id(), account.version(), List.of(Roles.EMPLOYEE));

        assertThat(users.account(admin.email()).roles()).containsExactly(Roles.EMPLOYEE);
    }

    @Test
    void aDisabledAdminCanBeDemoted() {
        User admin = users.createUser("Simone", Roles.ADMIN, Roles.EMPLOYEE);
        AccountSummary account = users.account(admin.email());
        service.setEnabled(account.id(), account.version(), false);
        AccountSummary disabled = users.account(admin.email());

        service.updateRoles(disabled.id(), disabled.version(), List.of(Roles.EMPLOYEE));

        assertThat(users.account(admin.email()).roles()).containsExactly(Roles.EMPLOYEE);
    }

    @Test
    void theLastActiveAdminCannotLoseTheAdminRole() {
        User admin = users.createUser("Thierry", Roles.ADMIN, Roles.EMPLOYEE);

        // Everything happens in one transaction that is rolled back: the other administrators
        // (the demo's, other tests') are demoted only for the time of this check.
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            users.as(admin.email(), () -> {
                for (AccountSummary other : service.page(null, 0, 500)) {
                    if (other.enabled() && other.roles().contains(Roles.ADMIN)
                            && !other.username().equals(admin.email())) {
                        service.updateRoles(other.id(), other.version(), List.of(Roles.EMPLOYEE));
                    }
                }
                AccountSummary own = users.account(admin.email());
                assertRefused(() -> service.updateRoles(own.id(), own.version(), List.of(Roles.EMPLOYEE)),
                        "security.error.last-admin");
            });
        });

        assertThat(users.account(admin.email()).roles()).contains(Roles.ADMIN);
        assertThat(users.account("julien.mercier@canopee.fr").roles()).contains(Roles.ADMIN);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        User admin = users.createUser("Ulysse", Roles.ADMIN, Roles.EMPLOYEE);
        AccountSummary own = users.account(admin.email());

        users.as(admin.email(), () -> assertRefused(() -> service.setEnabled(own.id(), own.version(), false),
                "security.error.cannot-disable-self"));

        assertThat(users.account(admin.email()).enabled()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        User user = users.createUser("Valérie", Roles.EMPLOYEE);
        AccountSummary account = users.account(user.email());

        service.setEnabled(account.id(), account.version(), false);

        assertThat(users.account(user.email()).enabled()).isFalse();
        assertThatThrownBy(() -> signIn(user.email(), TestUsers.PASSWORD)).isInstanceOf(DisabledException.class);

        AccountSummary disabled = users.account(user.email());
        service.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(signIn(user.email(), TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aPasswordResetReplacesTheOldPassword() {
        User user = users.createUser("William", Roles.EMPLOYEE);

        String temporary = service.resetPassword(users.account(user.email()).id());

        assertThat(signIn(user.email(), temporary).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(user.email(), TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void manyAccountsOpenAtOnceWithOneSharedPassword() {
        long first = newPerson("Xavier");
        long second = newPerson("Yasmine");

        service.createForPeople(Map.of(first, List.of(Roles.EMPLOYEE), second, List.of(Roles.LEADERSHIP)),
                "shared-start-password");

        assertThat(signIn(people.get(first).email(), "shared-start-password").isAuthenticated()).isTrue();
        assertThat(users.account(people.get(second).email()).roles()).containsExactly(Roles.LEADERSHIP);
    }

    @Test
    void whenHrDeactivatesAPersonTheirAccountIsDisabled() {
        User leaver = users.createUser("Yves", Roles.EMPLOYEE);

        users.as("sophie.laurent@canopee.fr", () -> people.deactivate(leaver.personId()));

        assertThat(users.account(leaver.email()).enabled()).isFalse();
        assertThatThrownBy(() -> signIn(leaver.email(), TestUsers.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Nested
    @WithUserDetails("sophie.laurent@canopee.fr")
    class AsHr {

        @Test
        void adminMethodsAreDenied() {
            assertAdminMethodsDenied();
        }
    }

    @Nested
    @WithUserDetails("lucas.bernard@canopee.fr")
    class AsAnEmployee {

        @Test
        void adminMethodsAreDenied() {
            assertAdminMethodsDenied();
        }
    }

    private void assertAdminMethodsDenied() {
        User target = users.createUser("Cible", Roles.EMPLOYEE);
        AccountSummary account = users.account(target.email());
        long personWithoutAccount = newPerson("Sans");

        assertThatThrownBy(() -> service.page(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.hasAccount(target.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createForPerson(personWithoutAccount, List.of(Roles.ADMIN), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createForPeople(Map.of(personWithoutAccount, List.of(Roles.ADMIN)),
                "some-long-password")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createTechnicalAdmin("intruder@example.fr", "some-long-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.updateRoles(account.id(), account.version(), List.of(Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(account.id(), account.version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(account.id())).isInstanceOf(AccessDeniedException.class);

        AccountSummary after = users.account(target.email());
        assertThat(after.roles()).containsExactly(Roles.EMPLOYEE);
        assertThat(after.enabled()).isTrue();
        assertThat(signIn(target.email(), TestUsers.PASSWORD).isAuthenticated()).isTrue();
        assertThat(users.as("julien.mercier@canopee.fr", () -> service.hasAccount(personWithoutAccount))).isFalse();
    }

    // ---- Everybody: own password and preferences ---------------------------------------------

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndALongEnoughNewOne() {
        User user = users.createUser("Zacharie", Roles.EMPLOYEE);

        users.as(user.email(), () -> {
            assertRefused(() -> service.changeOwnPassword("not-my-password", "brand-new-password"),
                    "currentPassword", "security.error.current-password-wrong");
            assertRefused(() -> service.changeOwnPassword(null, "brand-new-password"),
                    "currentPassword", "security.error.current-password-wrong");
            assertRefused(() -> service.changeOwnPassword(TestUsers.PASSWORD, "short"),
                    "newPassword", "security.error.password-too-short");
            assertRefused(() -> service.changeOwnPassword(TestUsers.PASSWORD, "x".repeat(129)),
                    "newPassword", "validation.too-long");
        });
        assertThat(signIn(user.email(), TestUsers.PASSWORD).isAuthenticated()).isTrue();

        users.as(user.email(), () -> service.changeOwnPassword(TestUsers.PASSWORD, "brand-new-password"));

        assertThat(signIn(user.email(), "brand-new-password").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(user.email(), TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void preferencesAreSavedPerPerson() {
        User first = users.createUser("Agathe", Roles.EMPLOYEE);
        User second = users.createUser("Basile", Roles.EMPLOYEE);

        assertThat(users.as(first.email(), () -> service.myPreferences()))
                .isEqualTo(new AccountPreferences(null, ColorScheme.SYSTEM));

        users.as(first.email(), () -> service.updateMyPreferences(Locale.forLanguageTag("en-GB"), ColorScheme.DARK));
        users.as(second.email(), () -> service.updateMyPreferences(Locale.FRANCE, ColorScheme.LIGHT));

        assertThat(users.as(first.email(), () -> service.myPreferences()))
                .isEqualTo(new AccountPreferences(Locale.ENGLISH, ColorScheme.DARK));
        assertThat(users.as(second.email(), () -> service.myPreferences()))
                .isEqualTo(new AccountPreferences(Locale.FRENCH, ColorScheme.LIGHT));

        // Back to "the browser's language" and "follow the system".
        users.as(first.email(), () -> service.updateMyPreferences(null, null));
        assertThat(users.as(first.email(), () -> service.myPreferences()))
                .isEqualTo(new AccountPreferences(null, ColorScheme.SYSTEM));
        assertThat(users.as(second.email(), () -> service.myPreferences()).colorScheme()).isEqualTo(ColorScheme.LIGHT);
    }

    @Test
    void anUnsupportedLanguageFallsBackToTheHouseLanguage() {
        User user = users.createUser("Dieter", Roles.EMPLOYEE);

        users.as(user.email(), () -> service.updateMyPreferences(Locale.GERMAN, ColorScheme.SYSTEM));

        assertThat(users.as(user.email(), () -> service.myPreferences()).locale()).isEqualTo(Locale.FRENCH);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        UserFacingException refused = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refused).as("expected a refusal with %s", messageKey).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        UserFacingException refused = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refused).as("expected a refusal with %s", messageKey).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        assertThat(refused.field()).isEqualTo(field);
    }
}
