package io.relais.security.internal;

/**
 * The Content-Security-Policy of the Vaadin application, as strict as Vaadin Flow 25 allows
 * (ADR 0023). Scripts come from this origin, plus the inline bootstrap scripts of the page that
 * carry the page's nonce; {@code 'unsafe-eval'} stays because Flow's client engine builds
 * functions from the JavaScript expressions the server sends ({@code executeJs}, event data).
 * No {@code 'unsafe-inline'} for scripts: an injected {@code <img onerror>} or {@code <script>}
 * does not run even where some text escaped its encoding. Styles keep {@code 'unsafe-inline'}
 * (Flow's style API, web components, ApexCharts and FullCalendar write inline styles).
 * Public pages and downloads send their own, stricter policies.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** For responses without a bootstrap page (UIDL, push, static files, errors): no inline script at all. */
    static final String WITHOUT_INLINE_SCRIPTS = withScripts("'self' 'unsafe-eval'");

    /** For a Vaadin bootstrap page whose inline scripts carry {@code nonce}. */
    static String forPage(String nonce) {
        return withScripts("'self' 'nonce-" + nonce + "' 'unsafe-eval'");
    }

    private static String withScripts(String scriptSources) {
        return String.join("; ",
                "default-src 'self'",
                "script-src " + scriptSources,
                "style-src 'self' 'unsafe-inline'",
                // Markdown may show images from https addresses; Lumo and ApexCharts use data: URIs
                "img-src 'self' data: blob: https:",
                "font-src 'self' data:",
                // 'self' covers the push websocket (ws/wss to this origin) in CSP Level 3 browsers
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }
}
