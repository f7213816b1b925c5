package io.relais.clients.internal;

import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import io.relais.platform.markdown.RenderedMarkdown;
import org.springframework.stereotype.Component;

/**
 * Renders client notes, project descriptions, task descriptions and comments: Markdown with
 * {@code @prenom.nom} mentions, sanitized. {@code [[slug]]} stays text here: document links go
 * through the task's linked documents, whose readability is checked per reader.
 */
@Component
public class CommentMarkdown {

    private final MarkdownRenderer renderer;
    private final PersonService people;

    CommentMarkdown(MarkdownRenderer renderer, PersonService people) {
        this.renderer = renderer;
        this.people = people;
    }

    public RenderedMarkdown render(String markdown) {
        return renderer.render(markdown, new MarkdownLinks() {
            @Override
            public DocumentLink document(String slug) {
                return null;
            }

            @Override
            public Long person(String handle) {
                return people.findByHandle(handle).map(PersonRef::id).orElse(null);
            }
        });
    }

    public String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : render(markdown).html();
    }
}
