package io.relais.security.internal;

import io.relais.platform.i18n.RelaisI18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integration API ({@code /api/**}): its own filter chain, before the Vaadin one. Stateless
 * (no session is read or created, so the browser's session cookie grants nothing here and CSRF
 * protection has nothing to protect), authenticated by personal API tokens only, answering JSON
 * 401/403 instead of redirecting to the login page. Endpoints are added by any module with
 * {@link io.relais.platform.web.ApiController} under {@code /api/}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
            RelaisI18NProvider translations, JsonMapper json) throws Exception {
        ApiAuthenticationResponses responses = new ApiAuthenticationResponses(translations, json);
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // JSON is never a page: nothing may run, load or frame it (downloads set their own policy)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .addFilterBefore(new ApiTokenAuthenticationFilter(authenticator, responses), BasicAuthenticationFilter.class);
        return http.build();
    }
}
