package io.relais.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The security headers of every answer (ASVS 3.4, ADR 0023), over real HTTP: the Vaadin pages'
 * Content-Security-Policy with a fresh script nonce, the policy of everything else the app
 * serves, the stricter policies of public pages and the API, and HSTS on HTTPS requests only.
 * That Vaadin really works under the policy is {@code BrowserJourneyTest}'s part.
 */
@RelaisSpringTest
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    @Test
    void aVaadinPageRunsOnlyItsOwnInlineScriptsAndCannotBeFramed() {
        HttpResponse<String> login = get("/login");

        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("script-src 'self' 'nonce-" + nonce.group(1) + "' 'unsafe-eval';")
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors 'none'", "connect-src 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        List<String> scripts = SCRIPT_TAG.matcher(login.body()).results().map(found -> found.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
        assertCommonHeaders(login);

        String next = get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(next).as("a nonce is never reused").isNotEqualTo(policy).contains("'nonce-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/relais/relais.css", "/favicon.ico", "/actuator/health", "/attachments/1"})
    void everythingElseTheAppAnswersCarriesThePolicyWithoutInlineScripts(String path) {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(ContentSecurityPolicy.WITHOUT_INLINE_SCRIPTS);
        assertCommonHeaders(response);
    }

    @Test
    void publicPagesAndTheApiKeepTheirStricterPolicies() {
        HttpResponse<String> kb = get("/kb");
        assertThat(kb.statusCode()).isEqualTo(200);
        assertThat(kb.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .startsWith("default-src 'none'").contains("frame-ancestors 'none'");
        assertCommonHeaders(kb);

        HttpResponse<String> api = get("/api/docs");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("Content-Security-Policy")).containsExactly(
                "default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        assertThat(throughTheFilters(true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=" + SecurityConfig.HSTS_MAX_AGE_SECONDS + " ; includeSubDomains");
        assertThat(throughTheFilters(false).getHeader("Strict-Transport-Security")).isNull();
    }

    /** What the security filters add to a health probe's answer, sent over HTTPS or not. */
    private MockHttpServletResponse throughTheFilters(boolean https) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setSecure(https);
        request.setScheme(https ? "https" : "http");
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
