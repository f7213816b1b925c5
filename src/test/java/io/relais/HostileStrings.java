package io.relais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The hostile-string corpus of the attack tests (files under {@code src/test/resources/hostile}):
 * XSS filter-evasion vectors, "naughty strings", SQL and template metacharacters, Unicode edge
 * cases (RTL override, zero-width, emoji sequences, combining marks, NUL and other controls, lone
 * surrogates), plus empty, blank and huge strings; and the check that rendered HTML holds no
 * active content.
 */
public final class HostileStrings {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset",
            "object", "embed", "style", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "svg", "math", "applet", "video", "audio", "source", "xml", "template", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
            "background", "lowsrc", "dynsrc", "data", "xlink:href", "poster", "srcset");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|\\\\r|\\\\n|\\\\t");

    private HostileStrings() {
    }

    /** Every vector once: the three files, then empty, blank and huge strings. */
    public static List<String> corpus() {
        Set<String> vectors = new LinkedHashSet<>();
        vectors.addAll(lines("xss-vectors.txt", false));
        vectors.addAll(lines("naughty-strings.txt", false));
        vectors.addAll(lines("sql-and-unicode.txt", true));
        vectors.addAll(generated());
        return List.copyOf(vectors);
    }

    /** A few vectors of each sort, for the slow paths (a real browser, HTTP round trips of large bodies). */
    public static List<String> sample() {
        List<String> sample = new ArrayList<>();
        sample.add("<img src=x onerror=alert('xss-img')>");
        sample.add("<script>alert('xss-script')</script>");
        sample.add("\"><svg/onload=alert('xss-svg')>");
        sample.add("[click](javascript:alert('xss-link'))");
        sample.add("' OR '1'='1'; DROP TABLE document; --");
        sample.add("abc\u202Edef \u200B zero-width \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 e\u0301\u0301");
        return sample;
    }

    private static List<String> generated() {
        return List.of("", " ", "\u00A0\u2003\t", "\n\n\n", "a".repeat(100_000), "é".repeat(301),
                "\uD83D\uDE00".repeat(5_000), "<b>".repeat(20_000), ("' OR 1=1 -- " + "\u202E").repeat(2_000),
                "x".repeat(150), "x".repeat(151), "word ".repeat(12_000));
    }

    /** The lines of a corpus file; {@code escapes}: {@code \\uXXXX}, {@code \\r}, {@code \\n}, {@code \\t} are decoded. */
    static List<String> lines(String file, boolean escapes) {
        try (InputStream in = HostileStrings.class.getResourceAsStream("/hostile/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> escapes ? decode(line) : line.replace("\\n", "\n")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String line) {
        Matcher escape = ESCAPE.matcher(line);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            String replacement = escape.group(1) != null ? String.valueOf((char) Integer.parseInt(escape.group(1), 16))
                    : switch (escape.group()) {
                        case "\\r" -> "\r";
                        case "\\n" -> "\n";
                        default -> "\t";
                    };
            escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }

    /** The vector as a test report can show it: control and invisible characters escaped, cut. */
    public static String describe(String vector) {
        StringBuilder shown = new StringBuilder();
        vector.codePoints().limit(80).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return (vector.length() > 80 ? shown + "… (" + vector.length() + " chars)" : shown.toString());
    }

    /** Rendered HTML has no script, no event handler, no style, no dangerous URL scheme. */
    public static void assertNoActiveContent(String html) {
        var document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertThat(FORBIDDEN_ELEMENTS).as("element in %s", abbreviate(html)).doesNotContain(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", abbreviate(html)).doesNotStartWith("on");
                assertThat(name).isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    assertSafeUrl(element.normalName(), attribute.getValue(), html);
                }
            }
        }
        // Markup (tags and attribute values), decoded twice, never says javascript:. Text nodes are
        // left out: they are escaped, so a document may quote "javascript:alert(1)" (e.g. a
        // write-up of this very test) without it ever being active.
        document.body().getAllElements().forEach(element -> element.textNodes().forEach(text -> text.text("")));
        String markup = Parser.unescapeEntities(document.body().html(), true);
        String decoded = Parser.unescapeEntities(markup, true).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000]", "");
        assertThat(decoded).as("decoded %s", abbreviate(html)).doesNotContain("javascript:", "vbscript:", "data:");
    }

    private static void assertSafeUrl(String element, String url, String html) {
        String value = url.strip().toLowerCase(Locale.ROOT);
        int colon = value.indexOf(':');
        int slash = value.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (hasScheme) {
            String scheme = value.substring(0, colon);
            Set<String> allowed = element.equals("img") ? Set.of("http", "https") : Set.of("http", "https", "mailto");
            assertThat(allowed).as("scheme of %s in %s", url, abbreviate(html)).contains(scheme);
        }
    }

    private static String abbreviate(String html) {
        return html.length() > 300 ? html.substring(0, 300) + "…" : html;
    }
}
