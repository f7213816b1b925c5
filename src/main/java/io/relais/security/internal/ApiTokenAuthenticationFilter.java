package io.relais.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request from its {@code Authorization: Bearer <token>} header, for this
 * request only (nothing is kept in a session). A request without the header goes on anonymous
 * and is refused by the chain's authorization rule; a header with an unknown, expired or
 * revoked token, or one of a disabled account, is refused at once.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticationFilter.class);

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ApiAuthenticationResponses responses;

    ApiTokenAuthenticationFilter(ApiTokenAuthenticator authenticator, ApiAuthenticationResponses responses) {
        this.authenticator = authenticator;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<RelaisUserDetails> user;
        try {
            user = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authenticator.authenticate(header.substring(BEARER.length()).strip())
                    : Optional.empty();
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException databaseAway) {
            log.error("API token not checked, the database is unavailable: {}", databaseAway.getMessage());
            responses.databaseUnavailable(request, response);
            return;
        }
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            responses.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
