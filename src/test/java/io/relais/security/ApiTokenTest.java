package io.relais.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.ApiClient;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Personal API tokens over real HTTP: created, used, revoked, expired, and dead with their account. */
@RelaisSpringTest
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    private CreatedApiToken create(User user, String name, LocalDate expiresOn) {
        return users.as(user.email(), () -> tokens.create(name, expiresOn));
    }

    private int status(String secret) {
        return new ApiClient(port, secret).get("/api/docs?size=1").statusCode();
    }

    @Test
    void aTokenIsShownOnceStoredHashedUsedAndRevoked() throws Exception {
        User user = users.createUser("Jeton", Roles.EMPLOYEE);
        CreatedApiToken created = create(user, "Export hebdomadaire", null);

        assertThat(created.secret()).matches("relais_[A-Za-z0-9_-]{43}");
        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, created.token().id());
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(created.secret().getBytes(StandardCharsets.US_ASCII))));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash like ? or name like ?",
                Long.class, "%" + created.secret().substring(7, 20) + "%", "%" + created.secret().substring(7, 20) + "%"))
                .as("the secret itself is stored nowhere").isZero();

        HttpResponse<String> response = new ApiClient(port, created.secret()).get("/api/docs?size=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
        List<ApiTokenSummary> mine = users.as(user.email(), () -> tokens.myTokens());
        assertThat(mine).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("Export hebdomadaire");
            assertThat(token.lastUsedAt()).isNotNull();
            assertThat(token.expiresAt()).isNull();
        });

        users.as(user.email(), () -> tokens.revoke(created.token().id()));

        HttpResponse<String> revoked = new ApiClient(port, created.secret()).get("/api/docs?size=1");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        JsonNode error = ApiClient.json(revoked);
        assertThat(error.path("error").asString()).isEqualTo("unauthorized");
        assertThat(error.path("message").asString()).contains("revoked");
        assertThat(users.as(user.email(), () -> tokens.myTokens())).isEmpty();
    }

    @Test
    void withoutATokenTheApiAnswers401InJsonInTheCallersLanguageNeverALoginRedirect() {
        HttpResponse<String> english = new ApiClient(port, null).get("/api/docs");
        HttpResponse<String> french = new ApiClient(port, null).inLanguage("fr-FR,fr;q=0.9").get("/api/docs/1");

        assertThat(english.statusCode()).isEqualTo(401);
        assertThat(english.headers().firstValue("Location")).isEmpty();
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(ApiClient.json(english).path("message").asString()).contains("Authorization: Bearer");
        assertThat(french.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(french).path("message").asString()).contains("jeton d’API personnel");
    }

    @Test
    void malformedOrForeignCredentialsAreRefused() {
        assertThat(status("not-a-token")).isEqualTo(401);
        assertThat(status("relais_" + "A".repeat(43))).isEqualTo(401);
        HttpResponse<String> basic = ApiClient.withAuthorization(port, "Basic bHVjYXM6cmVsYWlzLWRlbW8=").get("/api/docs");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(basic).path("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void aDisabledAccountsTokensStopWorkingAndComeBackWithTheAccount() {
        User user = users.createUser("Suspendu", Roles.EMPLOYEE);
        String secret = create(user, "CI", null).secret();
        assertThat(status(secret)).isEqualTo(200);

        setEnabled(user, false);
        assertThat(status(secret)).isEqualTo(401);

        setEnabled(user, true);
        assertThat(status(secret)).isEqualTo(200);
    }

    @Test
    void aTokenStopsAtTheEndOfItsLastDayAndPastDatesAreRefused() {
        User user = users.createUser("Expire", Roles.EMPLOYEE);
        CreatedApiToken created = create(user, "Temporaire", LocalDate.now());
        assertThat(created.token().expiresAt()).isAfter(java.time.Instant.now());
        assertThat(status(created.secret())).isEqualTo(200);

        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), created.token().id());
        assertThat(status(created.secret())).isEqualTo(401);

        assertThatThrownBy(() -> create(user, "Hier", LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("expiresOn");
                    assertThat(refusal.messageKey()).isEqualTo("api.token.error.expiry-in-past");
                });
        assertThatThrownBy(() -> create(user, "   ", null))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.field()).isEqualTo("name"));
    }

    @Test
    void nobodyRevokesOrSeesAnotherPersonsToken() {
        User owner = users.createUser("Proprio", Roles.EMPLOYEE);
        User other = users.createUser("Voisine", Roles.ADMIN, Roles.EMPLOYEE);
        CreatedApiToken created = create(owner, "Personnel", null);

        assertThat(users.as(other.email(), () -> tokens.myTokens())).isEmpty();
        assertThatThrownBy(() -> users.as(other.email(), () -> tokens.revoke(created.token().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(status(created.secret())).isEqualTo(200);
    }

    private void setEnabled(User user, boolean enabled) {
        AccountSummary account = users.account(user.email());
        users.as("julien.mercier@canopee.fr", () -> accounts.setEnabled(account.id(), account.version(), enabled));
    }
}
