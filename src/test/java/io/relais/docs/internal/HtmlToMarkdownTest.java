package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {

    @Test
    void keepsTheStructureAndDropsActiveContent() {
        HtmlToMarkdown.Converted converted = HtmlToMarkdown.convert("""
                <html><head><title>Onboarding guide</title><script>steal()</script></head>
                <body><h1>Onboarding guide</h1>
                <p>Welcome <strong>aboard</strong>, read <a href="https://example.org/a?b=1&amp;c=2">this</a>.<br>Next line</p>
                <h2>Steps</h2>
                <ol><li>Laptop</li><li>Accounts<ul><li>Mail</li><li><em>Chat</em></li></ul></li></ol>
                <blockquote><p>Quoted</p></blockquote>
                <pre><code class="language-java">int x = 1 * 2;</code></pre>
                <table><tr><th>Tool</th><th>Use</th></tr><tr><td>Relais</td><td>Docs | wiki</td></tr></table>
                <form><input name="password"></form><iframe src="https://evil"></iframe>
                <p onclick="evil()">Not *emphasis* nor # heading</p>
                </body></html>""");

        assertThat(converted.title()).isEqualTo("Onboarding guide");
        String md = converted.markdown();
        assertThat(md).doesNotContain("Onboarding guide").doesNotContain("steal").doesNotContain("evil")
                .doesNotContain("password")
                .contains("Welcome **aboard**, read [this](<https://example.org/a?b=1&c=2>).\\\nNext line")
                .contains("## Steps")
                .contains("1. Laptop\n2. Accounts\n   - Mail\n   - *Chat*")
                .contains("> Quoted")
                .contains("```java\nint x = 1 * 2;\n```")
                .contains("| Tool | Use |\n| --- | --- |\n| Relais | Docs \\| wiki |")
                .contains("Not \\*emphasis\\* nor \\# heading");
        String html = new MarkdownRenderer().render(md, MarkdownLinks.NONE).html();
        assertThat(html).contains("<h2 id=\"steps\">Steps</h2>").contains(".<br />\nNext line").contains("<table>").contains("<blockquote>")
                .contains("Not *emphasis* nor # heading");
    }

    @Test
    void withoutTitleTheFirstHeadingIsTheTitle() {
        HtmlToMarkdown.Converted converted = HtmlToMarkdown.convert("<h1>Réunion</h1><p>Texte</p>");
        assertThat(converted.title()).isEqualTo("Réunion");
        assertThat(converted.markdown()).isEqualTo("Texte");
        assertThat(HtmlToMarkdown.convert("<p>Sans titre</p>").title()).isNull();
    }

    @Test
    void guessesTheLanguageOnlyWhenClear() {
        assertThat(LanguageGuess.of("Nous avons décidé de passer aux stand-ups écrits pour les équipes et pour la direction."))
                .hasValue("fr");
        assertThat(LanguageGuess.of("We decided to move the team to written stand-ups and this is how it works.")).hasValue("en");
        assertThat(LanguageGuess.of("OK")).isEmpty();
    }
}
