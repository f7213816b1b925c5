package io.relais;

import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects every Content-Security-Policy violation of a browser context's pages: the
 * {@code securitypolicyviolation} events (they bubble out of shadow roots), reported to the test
 * through a binding, and Chromium's console message for each refusal, which also covers
 * refusals that fire no event (a blocked {@code eval} inside a library, for instance).
 */
public final class CspViolations {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    private CspViolations() {
    }

    /** Starts watching before any page of the context loads. */
    public static CspViolations watch(BrowserContext context) {
        CspViolations violations = new CspViolations();
        context.exposeBinding("relaisCspViolation", (source, args) -> {
            violations.seen.add(String.valueOf(args[0]));
            return null;
        });
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => window.relaisCspViolation(
                    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile
                    + ':' + e.lineNumber + ' ' + (e.sample || '')), true);""");
        context.onPage(page -> page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.seen.add("console: " + message.text());
            }
        }));
        return violations;
    }

    public List<String> all() {
        return List.copyOf(seen);
    }

    /** Forgets what was seen so far (after a deliberate violation). */
    public void forget() {
        seen.clear();
    }
}
