package io.relais.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of the OWASP XSS filter-evasion cheat sheet and of a "naughty strings" list, alone
 * and inside ordinary Markdown, renders to HTML without active content.
 */
class HostileCorpusTest {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "frame", "frameset",
            "object", "embed", "style", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "svg", "math", "applet", "video", "audio", "source", "xml", "template", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
            "background", "lowsrc", "dynsrc", "data", "xlink:href", "poster", "srcset");

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final MarkdownLinks LINKS = new MarkdownLinks() {
        @Override
        public DocumentLink document(String slug) {
            return new DocumentLink("/docs/1/" + slug, "Doc " + slug);
        }

        @Override
        public Long person(String handle) {
            return 42L;
        }
    };

    static Stream<String> corpus() throws IOException {
        List<String> vectors = new ArrayList<>();
        vectors.addAll(lines("xss-vectors.txt"));
        vectors.addAll(lines("naughty-strings.txt"));
        vectors.add("null\u0000byte<scr\u0000ipt>alert(1)</script>");
        vectors.add("<img src=x on\u0000error=alert(1)>");
        vectors.add("[x](java\u0000script:alert(1))");
        vectors.add("a".repeat(200_000));
        vectors.add(">".repeat(5_000) + " deep quote");
        vectors.add("[".repeat(10_000) + "x" + "]".repeat(10_000));
        vectors.add("*".repeat(5_000) + "emphasis" + "_".repeat(5_000));
        vectors.add("<div>".repeat(3_000) + "<script>alert(1)</script>");
        vectors.add("- ".repeat(2_000) + "nested list");
        vectors.add(String.join("\n", lines("xss-vectors.txt")));
        vectors.add(String.join("\n\n", lines("naughty-strings.txt")));
        return vectors.stream();
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replace("\\n", "\n")).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void noActiveContentSurvives(String vector) {
        for (String markdown : List.of(vector, "# Title\n\nSome *text* before\n\n" + vector + "\n\nand after [ok](https://example.com).")) {
            assertSafe(RENDERER.render(markdown, LINKS).html());
            assertSafe(RENDERER.render(markdown, MarkdownLinks.NONE).html());
        }
    }

    static void assertSafe(String html) {
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
