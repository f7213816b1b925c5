package io.relais.platform.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders user Markdown (GitHub-style tables, task lists, heading anchors, autolinks, fenced
 * code, {@code [[slug]]} links and {@code @mentions}) and sanitizes the result with an
 * allow-list, so whatever the input, the HTML carries no active content. Documents, comments and
 * calendar descriptions all render through here. Thread-safe.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .nodeRendererFactory(TaskMarker.Renderer::new)
                .attributeProviderFactory(context -> MarkdownRenderer::classes)
                .build();
    }

    public RenderedMarkdown render(String markdown, MarkdownLinks links) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        TaskMarker.markTaskItems(document);
        Set<Long> mentioned = new LinkedHashSet<>();
        new LinkResolution(links, mentioned).apply(document);
        return new RenderedMarkdown(HtmlSanitizer.sanitize(renderer.render(document)), mentioned);
    }

    /** Classes the stylesheet and tests key on; the sanitizer keeps only these. */
    private static void classes(Node node, String tagName, java.util.Map<String, String> attributes) {
        if (node instanceof ListItem && node.getFirstChild() != null
                && node.getFirstChild().getFirstChild() instanceof TaskMarker) {
            attributes.put("class", "task-list-item");
        } else if (node instanceof Link link && link.getDestination() != null) {
            if (LinkResolution.isMention(link)) {
                attributes.put("class", "mention");
            } else if (link.getDestination().startsWith("/docs/")) {
                attributes.put("class", "doc-link");
            }
        }
    }
}
