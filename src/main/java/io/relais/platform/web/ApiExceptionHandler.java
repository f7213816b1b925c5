package io.relais.platform.web;

import io.relais.platform.NotFoundException;
import io.relais.platform.NotPermittedException;
import io.relais.platform.UserFacingException;
import io.relais.platform.i18n.RelaisI18NProvider;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of {@link ApiController} endpoints as {@link ApiError} JSON, translated for the
 * caller's {@code Accept-Language}: a refusal is 400 with its field, a missing or unreadable
 * thing 404 (never 403, so existence is not revealed), a concurrent change 409. Anything
 * unexpected is logged with an incident id and answered 500 without details.
 */
@RestControllerAdvice(annotations = ApiController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final RelaisI18NProvider translations;

    ApiExceptionHandler(RelaisI18NProvider translations) {
        this.translations = translations;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException missing, Locale locale) {
        return error(HttpStatus.NOT_FOUND, "not_found", translate(missing.messageKey(), locale), null);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ApiError> refused(UserFacingException refusal, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "invalid", translate(refusal.messageKey(), locale, refusal.arguments()),
                refusal.field());
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ApiError> notPermitted(NotPermittedException refusal, Locale locale) {
        return error(HttpStatus.FORBIDDEN, "forbidden", translate(refusal.messageKey(), locale, refusal.arguments()), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException denied, Locale locale) {
        return error(HttpStatus.FORBIDDEN, "forbidden", translate("error.access-denied", locale), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> conflict(OptimisticLockingFailureException conflict, Locale locale) {
        return error(HttpStatus.CONFLICT, "conflict", translate("error.concurrent-edit", locale), null);
    }

    /** The database is unreachable (restarting, network cut): try again later, nothing was written. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ApiError> databaseUnavailable(Exception failure, Locale locale) {
        log.error("API request while the database is unavailable: {}", failure.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), "database_unavailable",
                        translate("error.database-unavailable", locale), null));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "invalid", translate("api.error.unreadable-body", locale), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "invalid", translate("api.error.invalid-parameter", locale,
                mismatch.getName()), mismatch.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException missing, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "invalid", translate("validation.required", locale),
                missing.getParameterName());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception failure, Locale locale) {
        if (failure instanceof ErrorResponse mvcError && mvcError.getStatusCode().is4xxClientError()) {
            // Spring MVC's own refusals: wrong method, media type, unknown path...
            HttpStatus status = HttpStatus.valueOf(mvcError.getStatusCode().value());
            return error(status, "invalid", translate("api.error.bad-request", locale, status.value()), null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API error, incident {}", incident, failure);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", translate("error.unexpected", locale, incident), null);
    }

    private String translate(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** An error response for any {@code /api/} endpoint. */
    public static ResponseEntity<ApiError> error(HttpStatus status, String code, String message, String field) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, message, field));
    }
}
