package io.relais.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in, sessions and sign-out over real HTTP against the running server, the way a browser
 * does them (cookies kept by hand so a test can replay an old session cookie).
 *
 * <p>CSRF: every state-changing request, the sign-in included, needs the token that Vaadin puts
 * in the page as {@code <meta name="_csrf">} (session-stored; there is no XSRF-TOKEN cookie);
 * Vaadin's login form sends it, as the helper below does. Vaadin's configurer used to exempt the
 * login path; only Vaadin's own requests (UIDL, push, carrying Vaadin's token) are exempt now.
 */
@RelaisSpringTest
class SecurityWebTest {

    private static final String DEMO_EMPLOYEE = "lucas.bernard@canopee.fr";
    private static final String DEMO_PASSWORD = "relais-demo";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonService people;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    // ---- Public and protected pages ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/people", "/people/1", "/profile", "/admin/accounts"})
    void aViewOpenedWithoutSigningInEndsOnTheLoginPage(String path) {
        Browser browser = new Browser();

        HttpResponse<String> response = browser.get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.location(response)).isEqualTo("/login");
        assertThat(browser.landingPath(path)).isEqualTo("/login");
    }

    @Test
    void theLoginPageIsPublic() {
        HttpResponse<String> response = new Browser().get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(CSRF_META.matcher(response.body()).find()).isTrue();
    }

    // ---- Signing in --------------------------------------------------------------------------

    @Test
    void aDemoLoginSignsInUnderANewSessionIdAndTheOldIdGrantsNothing() {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> response = browser.login(DEMO_EMPLOYEE, DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.location(response)).isEqualTo("/");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

        Browser withOldId = new Browser();
        withOldId.cookies.put("JSESSIONID", before);
        assertThat(withOldId.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void afterSigningInThePersonLandsOnThePageTheyAskedFor() {
        Browser browser = new Browser();
        assertThat(browser.landingPath("/people")).isEqualTo("/login");

        HttpResponse<String> response = browser.login(DEMO_EMPLOYEE, DEMO_PASSWORD);

        // Spring Security marks the replayed request with "?continue".
        assertThat(browser.location(response)).matches("/people(\\?continue)?");
        assertThat(browser.get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() {
        User user = users.createUser("Mauvais", Roles.EMPLOYEE);
        Browser browser = new Browser();

        assertThat(browser.signIn(user.email(), "not-the-password")).isEqualTo("/login?error");
        assertThat(browser.landingPath("/")).isEqualTo("/login");
        assertThat(browser.landingPath("/login?error")).isEqualTo("/login?error");
    }

    @Test
    void anUnknownAccountIsRefusedLikeAWrongPassword() {
        Browser browser = new Browser();
        String typed = "nobody-" + TestUsers.unique() + "@canopee.fr";

        try (AuditLines audit = new AuditLines()) {
            assertThat(browser.signIn(typed, DEMO_PASSWORD)).isEqualTo("/login?error");
            // Audited without the typed name: it might be somebody's password typed in the wrong field.
            assertThat(audit.all()).noneMatch(line -> line.text().contains(typed))
                    .anyMatch(line -> "login-failed".equals(line.field("event.action"))
                            && "(unknown)".equals(line.field("user.name")));
        }
        assertThat(browser.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        User user = users.createUser("Désactivé", Roles.EMPLOYEE);
        assertThat(new Browser().signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/");
        disable(user);
        Browser browser = new Browser();

        assertThat(browser.signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/login?error");
        assertThat(browser.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        User user = users.createUser("Bloqué", Roles.EMPLOYEE);
        Browser browser = new Browser();
        try (AuditLines audit = new AuditLines()) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.signIn(user.email(), "guess-" + attempt)).as("attempt %d", attempt)
                        .isEqualTo("/login?error");
            }

            assertThat(browser.signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/login?throttled");
            // The audit trail (ASVS 16.3.1): five failures, then the refusal, and no password in any line.
            assertThat(audit.about(user.email())).extracting(line -> line.field("event.action")).containsExactly(
                    "login-failed", "login-failed", "login-failed", "login-failed", "login-failed", "login-throttled");
            assertThat(audit.about(user.email()).getFirst().field("reason")).isEqualTo("BadCredentialsException");
            assertThat(audit.all()).noneMatch(line -> line.text().contains("guess-") || line.text().contains(TestUsers.PASSWORD));
        }
        assertThat(browser.landingPath("/")).isEqualTo("/login");
        // The same username typed in another case is the same account.
        assertThat(new Browser().signIn(user.email().toUpperCase(), TestUsers.PASSWORD)).isEqualTo("/login?throttled");
        // Another account from the same address is not blocked by this one's failures.
        User neighbour = users.createUser("Voisin", Roles.EMPLOYEE);
        assertThat(new Browser().signIn(neighbour.email(), TestUsers.PASSWORD)).isEqualTo("/");
    }

    // ---- Ending sessions ---------------------------------------------------------------------

    @Test
    void signingOutEndsTheSessionAndItsCookieNoLongerGrantsAccess() {
        Browser browser = signedIn(users.createUser("Sortant", Roles.EMPLOYEE));
        HttpResponse<String> page = browser.get("/");
        String sessionId = browser.sessionId();

        HttpResponse<String> response = browser.post("/logout", Map.of("_csrf", csrf(page)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(browser.location(response)).isEqualTo("/login");
        Browser replay = new Browser();
        replay.cookies.put("JSESSIONID", sessionId);
        assertThat(replay.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void anotherSiteCannotSignSomebodyInWithoutTheCsrfToken() {
        Browser browser = new Browser();
        browser.get("/login");

        HttpResponse<String> forged = browser.post("/login",
                Map.of("username", DEMO_EMPLOYEE, "password", DEMO_PASSWORD));

        // Refused before any password check: no session is signed in, nothing is counted as a failure.
        assertThat(forged.statusCode() == 302 ? browser.location(forged) : String.valueOf(forged.statusCode()))
                .isIn("403", "/login");
        assertThat(browser.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void anotherSiteCannotSignSomebodyOutWithoutTheCsrfToken() {
        Browser browser = signedIn(users.createUser("Protégé", Roles.EMPLOYEE));

        HttpResponse<String> forged = browser.post("/logout", Map.of());

        assertThat(forged.statusCode()).isNotEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        User user = users.createUser("Renvoyé", Roles.EMPLOYEE);
        Browser laptop = signedIn(user);
        Browser phone = signedIn(user);

        disable(user);

        assertThat(laptop.landingPath("/")).isEqualTo("/login");
        assertThat(phone.landingPath("/profile")).isEqualTo("/login");
        assertThat(laptop.landingPath("/")).isEqualTo("/login");
    }

    @Test
    void deactivatingThePersonEndsTheirOpenSession() {
        User user = users.createUser("Parti", Roles.EMPLOYEE);
        Browser browser = signedIn(user);

        users.as("sophie.laurent@canopee.fr", () -> people.deactivate(user.personId()));

        assertThat(browser.landingPath("/")).isEqualTo("/login");
        assertThat(new Browser().signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void aRoleChangeSignsThePersonOutSoTheNewRolesApply() {
        User user = users.createUser("Promu", Roles.EMPLOYEE);
        Browser browser = signedIn(user);
        AccountSummary account = users.account(user.email());

        users.as("julien.mercier@canopee.fr",
                () -> accounts.updateRoles(account.id(), account.version(), List.of(Roles.HR, Roles.EMPLOYEE)));

        assertThat(browser.landingPath("/")).isEqualTo("/login");
        assertThat(browser.signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/");
    }

    // ---- Health probe ------------------------------------------------------------------------

    @Test
    void healthIsPublicAndUpWithDetailsOnlyForAdministrators() {
        Browser anonymous = new Browser();
        HttpResponse<String> response = anonymous.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.shared().readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();

        Browser employee = new Browser();
        assertThat(employee.signIn(DEMO_EMPLOYEE, DEMO_PASSWORD)).isEqualTo("/");
        assertThat(JsonMapper.shared().readTree(employee.get("/actuator/health").body()).has("components")).isFalse();

        Browser admin = new Browser();
        assertThat(admin.signIn("julien.mercier@canopee.fr", DEMO_PASSWORD)).isEqualTo("/");
        JsonNode detailed = JsonMapper.shared().readTree(admin.get("/actuator/health").body());
        assertThat(detailed.path("status").asString()).isEqualTo("UP");
        assertThat(detailed.path("components").path("db").path("status").asString()).isEqualTo("UP");

        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        Browser employee = new Browser();
        assertThat(employee.signIn(DEMO_EMPLOYEE, DEMO_PASSWORD)).isEqualTo("/");
        try (AuditLines audit = new AuditLines()) {
            assertThat(employee.get("/actuator/metrics").statusCode()).isEqualTo(403);
            assertThat(audit.about(DEMO_EMPLOYEE)).anySatisfy(line -> {
                assertThat(line.field("event.action")).isEqualTo("access-denied");
                assertThat(line.field("resource")).isEqualTo("GET /actuator/metrics");
            });
        }

        Browser admin = new Browser();
        assertThat(admin.signIn("julien.mercier@canopee.fr", DEMO_PASSWORD)).isEqualTo("/");
        HttpResponse<String> metrics = admin.get("/actuator/metrics/jvm.memory.used");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(metrics.body()).path("name").asString()).isEqualTo("jvm.memory.used");
    }

    /** A browser in which the user has just signed in and opened the home page. */
    private Browser signedIn(User user) {
        Browser browser = new Browser();
        assertThat(browser.signIn(user.email(), TestUsers.PASSWORD)).isEqualTo("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private void disable(User user) {
        AccountSummary account = users.account(user.email());
        users.as("julien.mercier@canopee.fr", () -> accounts.setEnabled(account.id(), account.version(), false));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF_META.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** One browser: its own cookies, no automatic redirects. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Opens the login page and submits its form. */
        HttpResponse<String> login(String username, String password) {
            HttpResponse<String> page = get("/login");
            return post("/login", Map.of("username", username, "password", password, "_csrf", csrf(page)));
        }

        /** Signs in and answers where the login form redirects to. */
        String signIn(String username, String password) {
            return location(login(username, password));
        }

        /** Where a browser ends up after following redirects from a path (path and query). */
        String landingPath(String path) {
            String current = path;
            for (int hops = 0; hops < 5; hops++) {
                HttpResponse<String> response = get(current);
                if (response.statusCode() / 100 != 3) {
                    assertThat(response.statusCode()).as("final status of %s", current).isEqualTo(200);
                    return current;
                }
                current = location(response);
            }
            throw new AssertionError("Too many redirects from " + path);
        }

        /** The redirect target as a path inside the server. */
        String location(HttpResponse<String> response) {
            URI location = URI.create(response.uri().toString()).resolve(
                    response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                            "No redirect: " + response.statusCode())));
            assertThat(location.getPort()).isEqualTo(port);
            return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        }

        String sessionId() {
            return cookies.get("JSESSIONID");
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                remember(response.headers());
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void remember(HttpHeaders headers) {
            for (String setCookie : headers.allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
