package io.relais.security.internal;

import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.platform.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's answers when no valid token is presented (401, with the RFC 6750
 * {@code WWW-Authenticate: Bearer} challenge) or the token's owner may not call an endpoint
 * (403), as the same translated JSON as every other API error, never a redirect to the login page.
 */
final class ApiAuthenticationResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final RelaisI18NProvider translations;
    private final JsonMapper json;

    ApiAuthenticationResponses(RelaisI18NProvider translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                presented ? "Bearer realm=\"relais\", error=\"invalid_token\"" : "Bearer realm=\"relais\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                presented ? "api.error.invalid-token" : "api.error.token-required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "error.access-denied");
    }

    /** The token could not be checked because the database is unreachable: try again later. */
    void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "30");
        write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database_unavailable",
                "error.database-unavailable");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String message = translations.getTranslation(key, request.getLocale());
        json.writeValue(response.getOutputStream(), new ApiError(status, code, message, null));
    }
}
