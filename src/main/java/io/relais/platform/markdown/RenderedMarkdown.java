package io.relais.platform.markdown;

import java.util.Set;

/**
 * Markdown turned into safe HTML.
 *
 * @param html sanitized HTML, safe to put in a page as is
 * @param mentionedPersonIds people mentioned with {@code @prenom.nom} who resolved to a person
 */
public record RenderedMarkdown(String html, Set<Long> mentionedPersonIds) {

    public RenderedMarkdown {
        mentionedPersonIds = Set.copyOf(mentionedPersonIds);
    }
}
