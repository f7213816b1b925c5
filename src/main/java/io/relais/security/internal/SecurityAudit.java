package io.relais.security.internal;

import io.relais.platform.AfterCommit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The security audit trail (ASVS 16.3): one structured line per security event on the logger
 * {@value #LOGGER}, so operators can route it apart from the application log. Each line names the
 * event ({@code event.action}), its outcome, who acted ({@code user.name}) and, for
 * administration, whose account changed ({@code user.target.name}); the same fields are SLF4J key
 * values, hence JSON fields under the production profile's ECS logs (ADR 0023).
 *
 * <p>Never a password, token secret or address: an account name is the only personal datum, and a
 * name typed at sign-in that matches no account is written as {@value #UNKNOWN}, since people
 * sometimes type their password in the name field. Values are stripped of control characters so a
 * crafted name cannot forge log lines.
 */
@Component
public class SecurityAudit {

    public static final String LOGGER = "relais.security.audit";
    static final String UNKNOWN = "(unknown)";
    private static final int MAX_VALUE = 120;
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final UserAccountRepository accounts;

    SecurityAudit(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    void loginSucceeded(String username) {
        write(Level.INFO, "login-succeeded", "success", username, Map.of());
    }

    void loginFailed(String typedName, String reason) {
        write(Level.WARN, "login-failed", "failure", knownAccount(typedName), Map.of("reason", reason));
    }

    void loginThrottled(String typedName) {
        write(Level.WARN, "login-throttled", "failure", knownAccount(typedName), Map.of());
    }

    public void accountCreated(String username, Collection<String> roles) {
        administration("account-created", username, Map.of("roles", sorted(roles)));
    }

    public void accountEnabled(String username, boolean enabled) {
        administration(enabled ? "account-enabled" : "account-disabled", username, Map.of());
    }

    public void rolesChanged(String username, Collection<String> roles) {
        administration("account-roles-changed", username, Map.of("roles", sorted(roles)));
    }

    public void passwordReset(String username) {
        administration("account-password-reset", username, Map.of());
    }

    public void passwordChanged() {
        afterCommit(Level.INFO, "password-changed", actor(), Map.of());
    }

    public void apiTokenCreated(long tokenId) {
        afterCommit(Level.INFO, "api-token-created", actor(), Map.of("token.id", tokenId));
    }

    public void apiTokenRevoked(long tokenId) {
        afterCommit(Level.INFO, "api-token-revoked", actor(), Map.of("token.id", tokenId));
    }

    /**
     * A signed-in person refused by a secured method or address. Anonymous refusals are not
     * events: they are every visit before signing in, answered with the login page.
     */
    @EventListener
    void onAccessDenied(AuthorizationDeniedEvent<?> denied) {
        Authentication who = denied.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        write(Level.WARN, "access-denied", "failure", who.getName(), Map.of("resource", resource(denied.getObject())));
    }

    /** An administrator's change to somebody's account, written once the change is committed. */
    private void administration(String action, String target, Map<String, Object> details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user.target.name", target);
        fields.putAll(details);
        afterCommit(Level.INFO, action, actor(), fields);
    }

    private void afterCommit(Level level, String action, String actor, Map<String, Object> details) {
        AfterCommit.run(() -> write(level, action, "success", actor, details));
    }

    private static void write(Level level, String action, String outcome, String user, Map<String, ?> details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.action", action);
        fields.put("event.outcome", outcome);
        fields.put("user.name", user);
        fields.putAll(details);
        fields.replaceAll((key, value) -> clean(String.valueOf(value)));
        LoggingEventBuilder line = log.atLevel(level).setMessage("security " + fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue()).collect(Collectors.joining(" ")));
        fields.forEach(line::addKeyValue);
        line.log();
    }

    private String knownAccount(String typedName) {
        if (typedName == null || typedName.isBlank() || typedName.length() > 320) {
            return UNKNOWN;
        }
        String username = typedName.strip().toLowerCase(Locale.ROOT);
        try {
            return accounts.findByUsername(username).map(UserAccount::getUsername).orElse(UNKNOWN);
        } catch (DataAccessException databaseAway) {
            return UNKNOWN; // the sign-in itself already failed on it; the audit line must not fail too
        }
    }

    private static String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "system" : who.getName();
    }

    /** The refused method ({@code Class.method}) or request ({@code GET /path}), never its arguments. */
    private static String resource(Object secured) {
        if (secured instanceof org.aopalliance.intercept.MethodInvocation call) {
            return call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        }
        if (secured instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (secured instanceof org.springframework.security.web.access.intercept.RequestAuthorizationContext context) {
            return context.getRequest().getMethod() + " " + context.getRequest().getRequestURI();
        }
        return secured == null ? "?" : secured.getClass().getSimpleName();
    }

    private static String sorted(Collection<String> roles) {
        return String.join(",", new TreeSet<>(roles));
    }

    private static String clean(String value) {
        String printable = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "_");
        return printable.length() <= MAX_VALUE ? printable : printable.substring(0, MAX_VALUE) + "…";
    }
}
