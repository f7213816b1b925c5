package io.relais.security.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import io.relais.platform.Roles;
import io.relais.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web security: Vaadin's configurer for the views (every view must declare who may open it),
 * public static assets, health probe and public knowledge base, a session registry so disabling an account ends its
 * sessions, login throttling in front of the password check, and the security headers of ADR 0023.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity // services: @PreAuthorize; @RolesAllowed/@PermitAll are read by Vaadin on views (ADR 0029)
class SecurityConfig {

    /** One year: browsers refuse plain HTTP to Relais for that long after one HTTPS visit. */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
            SessionRegistry sessionRegistry, RequestUtil vaadinRequests, SecurityAudit audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/relais/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // calendar feeds: the secret token in the address is the credential (calendar module)
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/ical/*.ics").permitAll()
                // the public knowledge base (publicsite module) and what crawlers read
                .requestMatchers("/kb", "/kb/**", "/sitemap.xml", "/robots.txt").permitAll()
                .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                // attachment downloads (Spring MVC): any signed-in person; the controller checks the document
                .requestMatchers("/attachments/**").authenticated());
        // Vaadin's configurer would exempt the whole login path from CSRF; its login form sends
        // the page's token (meta _csrf/_csrf_parameter), so only Vaadin's own requests, which carry
        // Vaadin's token, are exempt: a forged sign-in (login CSRF) is refused.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login").enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse(vaadinRequests)));
        http.headers(headers -> headers
                // Vaadin bootstrap pages replace this with their nonce-bearing policy (BootstrapPageHeaders);
                // public pages and downloads keep the stricter ones their controllers set.
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.WITHOUT_INLINE_SCRIPTS))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Only on HTTPS requests: in production the proxy's X-Forwarded-Proto says so (application-prod)
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true)));
        return http.build();
    }

    /** Publishes refused authorisations (addresses and secured methods) for the audit trail. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when HTTP sessions end, so it does not grow forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt through a delegating encoder, so the hash format can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
