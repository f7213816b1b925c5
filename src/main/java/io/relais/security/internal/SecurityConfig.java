package io.relais.security.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import io.relais.platform.Roles;
import io.relais.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * sessions, and login throttling in front of the password check.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
            SessionRegistry sessionRegistry, RequestUtil vaadinRequests) throws Exception {
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
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse(vaadinRequests)));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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
