package io.relais.docs;

import io.relais.docs.internal.Document;
import io.relais.docs.internal.PublicDocumentRepository;
import io.relais.docs.internal.Slugs;
import io.relais.docs.internal.Tag;
import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public knowledge base may show to anybody, signed in or not: documents whose
 * visibility is {@link Visibility#PUBLIC} and that are not deleted, nothing else. Internal links
 * resolve only to other public documents and mentions do not resolve at all, so a public page
 * never reveals a private document or the people directory.
 */
@Service
@Transactional(readOnly = true)
public class PublicDocuments {

    /** The sitemap protocol's limit for one file. */
    public static final int MAX_ENTRIES = 50_000;
    static final int DESCRIPTION_LENGTH = 160;

    private final PublicDocumentRepository documents;
    private final MarkdownRenderer markdown;

    PublicDocuments(PublicDocumentRepository documents, MarkdownRenderer markdown) {
        this.documents = documents;
        this.markdown = markdown;
    }

    /** The page at {@code /kb/{space}/{slug}}, or empty when there is no such public document. */
    @PreAuthorize("permitAll()")
    public Optional<PublicPage> page(String spaceSlug, String slug) {
        if (!Slugs.isPossible(spaceSlug) || !Slugs.isPossible(slug)) {
            return Optional.empty();
        }
        return documents.findPublic(spaceSlug, slug).map(this::page);
    }

    /** Public documents, of one space or of all ({@code spaceSlug == null}), by space then title. */
    @PreAuthorize("permitAll()")
    public List<PublicEntry> entries(String spaceSlug) {
        if (spaceSlug != null && !Slugs.isPossible(spaceSlug)) {
            return List.of();
        }
        return documents.entries(spaceSlug, PageRequest.of(0, MAX_ENTRIES));
    }

    private PublicPage page(Document d) {
        String html = markdown.render(d.getBody(), publicLinks(d.getSpace().getId())).html();
        return new PublicPage(d.getId(), d.getVersion(), d.getSpace().getSlug(), d.getSpace().getName(),
                d.getSlug(), d.getTitle(), d.getLanguage(), html, description(html),
                d.getTags().stream().map(Tag::getName).sorted().toList(), d.getUpdatedAt());
    }

    /** The first paragraph's text, cut at a word before {@value #DESCRIPTION_LENGTH} characters. */
    static String description(String html) {
        Element first = Jsoup.parseBodyFragment(html).selectFirst("p");
        String text = first == null ? "" : first.text().strip();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1).strip() + "…";
    }

    private MarkdownLinks publicLinks(long spaceId) {
        return new MarkdownLinks() {
            @Override
            public DocumentLink document(String slug) {
                return documents.findPublicBySlugPreferringSpace(slug, spaceId, PageRequest.of(0, 1)).stream()
                        .findFirst()
                        .map(d -> new DocumentLink(PublicPaths.page(d.getSpace().getSlug(), d.getSlug()), d.getTitle()))
                        .orElse(null);
            }

            @Override
            public Long person(String handle) {
                return null;
            }
        };
    }
}
