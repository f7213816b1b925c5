package io.relais.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Administration, API tokens and refused calls leave structured lines in the security audit log
 * (ASVS 16.3.1 to 16.3.3, ADR 0023): who acted, on whose account, what changed, and never a
 * password or token secret. Sign-in failures and throttling are proven over HTTP in
 * {@link SecurityWebTest}.
 */
@RelaisSpringTest
class SecurityAuditTest {

    private static final String ADMIN = "julien.mercier@canopee.fr";

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PersonService people;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @Test
    void accountChangesNameTheAdministratorTheAccountAndTheChange() {
        User user = users.createUser("Audité", Roles.EMPLOYEE);
        try (AuditLines audit = new AuditLines()) {
            AccountSummary account = users.account(user.email());
            users.as(ADMIN, () -> accounts.updateRoles(account.id(), account.version(), List.of(Roles.HR, Roles.EMPLOYEE)));
            AccountSummary promoted = users.account(user.email());
            users.as(ADMIN, () -> accounts.setEnabled(promoted.id(), promoted.version(), false));
            AccountSummary disabled = users.account(user.email());
            users.as(ADMIN, () -> accounts.setEnabled(disabled.id(), disabled.version(), true));
            String temporary = users.as(ADMIN, () -> accounts.resetPassword(disabled.id()));

            assertThat(audit.about(user.email())).extracting(line -> line.field("event.action"), line -> line.field("user.name"))
                    .containsExactly(
                            tuple("account-roles-changed", ADMIN),
                            tuple("account-disabled", ADMIN),
                            tuple("account-enabled", ADMIN),
                            tuple("account-password-reset", ADMIN));
            AuditLines.Line roles = audit.about(user.email()).getFirst();
            assertThat(roles.field("roles")).isEqualTo("EMPLOYEE,HR");
            assertThat(roles.text()).contains("event.action=account-roles-changed", "user.target.name=" + user.email());
            assertThat(audit.all()).noneMatch(line -> line.text().contains(temporary));
        }
    }

    @Test
    void aPersonWhoLeavesIsAuditedAsADisabledAccount() {
        User user = users.createUser("Partant", Roles.EMPLOYEE);
        try (AuditLines audit = new AuditLines()) {
            users.as("sophie.laurent@canopee.fr", () -> people.deactivate(user.personId()));

            assertThat(audit.about(user.email())).singleElement().satisfies(line -> {
                assertThat(line.field("event.action")).isEqualTo("account-disabled");
                assertThat(line.field("user.name")).isEqualTo("sophie.laurent@canopee.fr");
            });
        }
    }

    @Test
    void creatingAndRevokingAnApiTokenIsAuditedWithoutItsSecret() {
        User user = users.createUser("Jeton", Roles.EMPLOYEE);
        try (AuditLines audit = new AuditLines()) {
            CreatedApiToken created = users.as(user.email(), () -> tokens.create("Intégration", null));
            users.as(user.email(), () -> tokens.revoke(created.token().id()));

            assertThat(audit.about(user.email())).extracting(line -> line.field("event.action"), line -> line.field("token.id"))
                    .containsExactly(
                            tuple("api-token-created", Long.toString(created.token().id())),
                            tuple("api-token-revoked", Long.toString(created.token().id())));
            assertThat(audit.all()).noneMatch(line -> line.text().contains(created.secret())
                    || line.fields().containsValue(created.secret()));
        }
    }

    @Test
    void aRefusedCallNamesThePersonAndTheMethodButNotItsArguments() {
        User user = users.createUser("Curieux", Roles.EMPLOYEE);
        try (AuditLines audit = new AuditLines()) {
            assertThatThrownBy(() -> users.as(user.email(), () -> accounts.page("secret-search-" + user.personId(), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(audit.about(user.email())).singleElement().satisfies(line -> {
                assertThat(line.field("event.action")).isEqualTo("access-denied");
                assertThat(line.field("event.outcome")).isEqualTo("failure");
                assertThat(line.field("resource")).isEqualTo("AccountService.page");
                assertThat(line.text()).doesNotContain("secret-search");
            });
        }
    }
}
