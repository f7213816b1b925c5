package io.relais.platform.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered HTML goes through: structure and formatting only. No script,
 * style, frames, objects, forms or SVG; no event handlers or style attributes; links only to
 * http, https, mailto or relative URLs (with {@code rel="nofollow noopener"}), images only from
 * http, https or relative URLs.
 */
final class HtmlSanitizer {

    private static final Pattern CLASS_NAMES = Pattern.compile("[a-zA-Z0-9_ -]{1,80}");
    private static final Pattern ANCHOR_ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,120}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    /** Images never load from mailto: (the URL protocols below are shared by all attributes). */
    private static final AttributePolicy IMAGE_SOURCE = (element, attribute, value) -> {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("mailto:") ? null : value;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                    "code", "em", "strong", "del", "s", "ul", "ol", "li", "table", "thead", "tbody",
                    "tr", "th", "td", "a", "img", "span", "div", "sup", "sub", "kbd")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("id").matching(ANCHOR_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CLASS_NAMES).onElements("code", "span", "li", "a", "pre", "div")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private HtmlSanitizer() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
