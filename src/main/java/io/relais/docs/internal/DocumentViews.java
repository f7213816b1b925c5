package io.relais.docs.internal;

import io.relais.docs.DocumentDetails;
import io.relais.docs.SpaceSummary;
import io.relais.people.PersonRef;
import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import io.relais.platform.markdown.RenderedMarkdown;
import io.relais.people.PersonService;
import io.relais.docs.DocumentPaths;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns documents into what readers receive, rendering Markdown with links resolved for them. */
@Component
public class DocumentViews {

    private final PersonNameRepository names;
    private final DocumentRepository documents;
    private final MarkdownRenderer markdown;
    private final PersonService people;

    DocumentViews(PersonNameRepository names, DocumentRepository documents, MarkdownRenderer markdown,
            PersonService people) {
        this.names = names;
        this.documents = documents;
        this.markdown = markdown;
        this.people = people;
    }

    public DocumentDetails details(Document d, Viewer viewer) {
        return details(d, viewer, render(d.getBody(), d.getSpace().getId(), viewer));
    }

    /** As {@link #details(Document, Viewer)}, with the body already rendered for this viewer. */
    public DocumentDetails details(Document d, Viewer viewer, RenderedMarkdown rendered) {
        List<PersonRef> readers = d.getReaderIds().stream().map(this::person)
                .sorted(Comparator.comparing(PersonRef::fullName)).toList();
        List<String> tags = d.getTags().stream().map(Tag::getName).sorted().toList();
        return new DocumentDetails(d.getId(), d.getVersion(), d.getRevision(), d.getKind(), d.getTitle(),
                d.getSlug(), d.getBody(), rendered.html(),
                d.getLanguage(), d.getVisibility(), space(d.getSpace()), person(d.getOwnerId()),
                d.getCreatedAt(), d.getUpdatedAt(), person(d.getUpdatedBy()), d.getReviewBy(), tags,
                readers, d.fields(), DocumentAccess.canEdit(d, viewer), DocumentAccess.canManage(d, viewer));
    }

    public RenderedMarkdown render(String body, long spaceId, Viewer viewer) {
        return markdown.render(body, links(spaceId, viewer));
    }

    public PersonRef person(long personId) {
        return names.findById(personId).map(PersonName::ref)
                .orElseGet(() -> new PersonRef(personId, "?", "?"));
    }

    public static SpaceSummary space(Space space) {
        return new SpaceSummary(space.getId(), space.getName(), space.getSlug(), space.getTeamId());
    }

    /** [[slug]] resolves only to documents this reader may open, preferring the same space. */
    private MarkdownLinks links(long spaceId, Viewer viewer) {
        return new MarkdownLinks() {
            @Override
            public DocumentLink document(String slug) {
                return documents.findBySlugPreferringSpace(slug, spaceId).stream()
                        .filter(d -> DocumentAccess.canRead(d, viewer)).findFirst()
                        .map(d -> new DocumentLink(DocumentPaths.of(d.getId(), d.getSlug()), d.getTitle()))
                        .orElse(null);
            }

            @Override
            public Long person(String handle) {
                return people.findByHandle(handle).map(PersonRef::id).orElse(null);
            }
        };
    }
}
