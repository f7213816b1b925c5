package io.relais.onboarding;

/**
 * One item of a template as HR edits it.
 *
 * @param description Markdown, rendered and sanitized when shown
 * @param dueOffsetDays due date relative to the start date, from -7 to +90
 * @param articleId the knowledge-base article to read, or {@code null}
 */
public record TemplateItemForm(String section, String title, String description, ResponsibleParty responsible,
        ItemKind kind, int dueOffsetDays, Long articleId) {
}
