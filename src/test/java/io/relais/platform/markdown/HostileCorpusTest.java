package io.relais.platform.markdown;

import io.relais.HostileStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of the hostile corpus ({@link HostileStrings}: the OWASP XSS filter-evasion cheat
 * sheet, "naughty strings", SQL and Unicode edge cases), alone and inside ordinary Markdown,
 * renders to HTML without active content.
 */
class HostileCorpusTest {

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

    static Stream<String> corpus() {
        List<String> vectors = new ArrayList<>(HostileStrings.corpus());
        vectors.add("null\u0000byte<scr\u0000ipt>alert(1)</script>");
        vectors.add("<img src=x on\u0000error=alert(1)>");
        vectors.add("[x](java\u0000script:alert(1))");
        vectors.add("a".repeat(200_000));
        vectors.add(">".repeat(5_000) + " deep quote");
        vectors.add("[".repeat(10_000) + "x" + "]".repeat(10_000));
        vectors.add("*".repeat(5_000) + "emphasis" + "_".repeat(5_000));
        vectors.add("<div>".repeat(3_000) + "<script>alert(1)</script>");
        vectors.add("- ".repeat(2_000) + "nested list");
        vectors.add(String.join("\n", HostileStrings.corpus().subList(0, 137)));
        vectors.add(String.join("\n\n", HostileStrings.corpus()));
        return vectors.stream();
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
        HostileStrings.assertNoActiveContent(html);
    }
}
