package io.relais.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web server as the {@code prod} profile configures it (ASVS 3.3.1, ADR 0023): the session
 * cookie is {@code Secure} (and HttpOnly, SameSite=Lax), and the TLS-terminating proxy's
 * {@code X-Forwarded-Proto}/{@code -For} are trusted, so requests count as HTTPS (HSTS) and login
 * throttling sees the real client address. Runs the application's real configuration files on a
 * bare embedded Tomcat with one servlet that opens a session: no database, no Vaadin, no second
 * application context of the suite's kind, and no re-initialised logging (about a second).
 */
class ProductionWebServerTest {

    @Test
    void theProdProfilesSessionCookieIsSecureAndTheProxysForwardedHeadersAreTrusted() throws Exception {
        try (ServletWebServerApplicationContext server = start("prod")) {
            HttpResponse<String> response = request(server, "203.0.113.7");

            assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").contains("; Secure").contains("; HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
            assertThat(response.body()).isEqualTo("secure=true address=203.0.113.7");
        }
    }

    @Test
    void withoutTheProdProfileTheCookieIsNotSecureAndForwardedHeadersAreIgnored() throws Exception {
        try (ServletWebServerApplicationContext server = start()) {
            HttpResponse<String> response = request(server, "203.0.113.7");

            assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").doesNotContain("Secure").contains("; HttpOnly"));
            assertThat(response.body()).isEqualTo("secure=false address=127.0.0.1");
        }
    }

    private static ServletWebServerApplicationContext start(String... profiles) {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.getEnvironment().setActiveProfiles(profiles);
        new ConfigDataApplicationContextInitializer().initialize(context);
        TestPropertyValues.of("server.port=0").applyTo(context);
        context.register(SessionOpeningServer.class);
        context.refresh();
        return context;
    }

    /** What a browser behind the proxy sends: plain HTTP from the proxy, which says it was HTTPS. */
    private static HttpResponse<String> request(ServletWebServerApplicationContext server, String client)
            throws IOException, InterruptedException {
        URI address = URI.create("http://127.0.0.1:" + server.getWebServer().getPort() + "/session");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", client).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
    static class SessionOpeningServer {

        @Bean
        ServletRegistrationBean<HttpServlet> sessionServlet() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    request.getSession(true);
                    response.getWriter().write("secure=" + request.isSecure() + " address=" + request.getRemoteAddr());
                }
            }, "/session");
        }
    }
}
