package io.relais.onboarding.internal;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateItemForm;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an item is, as a template defines it: the same columns in a template's items and, copied
 * when a checklist starts, in the checklist's items.
 */
@Embeddable
public class ItemDefinition {

    private String section;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsible;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private int dueOffsetDays;
    private Long articleId;

    protected ItemDefinition() {
    }

    ItemDefinition(TemplateItemForm form) {
        this.section = form.section();
        this.title = form.title();
        this.description = form.description();
        this.responsible = form.responsible();
        this.kind = form.kind();
        this.dueOffsetDays = form.dueOffsetDays();
        this.articleId = form.articleId();
    }

    public TemplateItemForm toForm() {
        return new TemplateItemForm(section, title, description, responsible, kind, dueOffsetDays, articleId);
    }

    public String getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ResponsibleParty getResponsible() {
        return responsible;
    }

    public ItemKind getKind() {
        return kind;
    }

    public int getDueOffsetDays() {
        return dueOffsetDays;
    }

    public Long getArticleId() {
        return articleId;
    }
}
