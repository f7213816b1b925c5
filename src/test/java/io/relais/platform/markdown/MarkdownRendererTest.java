package io.relais.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private final MarkdownLinks links = new MarkdownLinks() {
        @Override
        public DocumentLink document(String slug) {
            return "checklist".equals(slug) ? new DocumentLink("/docs/7/checklist", "La checklist") : null;
        }

        @Override
        public Long person(String handle) {
            return "claire.fontaine".equals(handle) ? 1L : null;
        }
    };

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, links).html());
    }

    @Test
    void tablesKeepTheirCellsAndAlignment() {
        Document html = render("| A | B |\n|:--|--:|\n| 1 | 2 |\n");
        assertThat(html.select("table thead th")).hasSize(2);
        assertThat(html.select("table tbody td").eachText()).containsExactly("1", "2");
        assertThat(html.select("td").last().attr("align")).isEqualTo("right");
    }

    @Test
    void taskListsShowTheirState() {
        Document html = render("- [ ] à faire\n- [x] fait\n- normal\n");
        assertThat(html.select("li.task-list-item")).hasSize(2);
        assertThat(html.select("li.task-list-item").first().text()).isEqualTo("☐ à faire");
        assertThat(html.select("span.task-done")).hasSize(1);
        assertThat(html.select("li").last().hasClass("task-list-item")).isFalse();
    }

    @Test
    void headingsGetAnchors() {
        Document html = render("## Comment l'éviter\n\n## Comment l'éviter\n");
        assertThat(html.select("h2").eachAttr("id")).hasSize(2).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
    }

    @Test
    void fencedCodeAndAutolinks() {
        Document html = render("```bash\ncurl -I https://example.com/ @claire.fontaine [[checklist]]\n```\n\nVoir https://example.com/page");
        assertThat(html.select("pre code.language-bash").text()).contains("@claire.fontaine [[checklist]]");
        assertThat(html.select("a[href=https://example.com/page]").attr("rel")).contains("nofollow").contains("noopener");
    }

    @Test
    void mentionsBecomeLinksAndAreReported() {
        RenderedMarkdown rendered = renderer.render("Merci @claire.fontaine et @personne.inconnue, écrire à claire@canopee.fr", links);
        Document html = Jsoup.parseBodyFragment(rendered.html());
        assertThat(html.select("a.mention").attr("href")).isEqualTo("/people/1");
        assertThat(html.select("a.mention").text()).isEqualTo("@claire.fontaine");
        assertThat(html.text()).contains("@personne.inconnue");
        assertThat(rendered.mentionedPersonIds()).containsExactly(1L);
    }

    @Test
    void internalLinksResolveToDocuments() {
        Document html = render("Voir [[checklist]], [[inconnu]] et [le n°7](/docs/7).");
        assertThat(html.select("a.doc-link").eachAttr("href")).containsExactly("/docs/7/checklist", "/docs/7");
        assertThat(html.select("a.doc-link").first().text()).isEqualTo("La checklist");
        assertThat(html.text()).contains("[[inconnu]]");
    }

    @Test
    void rawHtmlIsReducedToSafeFormatting() {
        Document html = render("<b>gras</b> <em>ok</em> <span style=\"color:red\">x</span><script>alert(1)</script>");
        assertThat(html.select("em")).hasSize(1);
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("[style]")).isEmpty();
    }
}
