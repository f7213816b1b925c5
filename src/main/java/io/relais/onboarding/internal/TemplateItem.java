package io.relais.onboarding.internal;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateItemForm;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a template version (validated by {@code TemplateForms} before it gets here). */
@Entity
@Table(name = "onboarding_template_item")
public class TemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private Template template;

    private int position;
    private String section;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsible;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private int dueOffsetDays;
    private Long articleId;

    protected TemplateItem() {
    }

    public TemplateItem(TemplateItemForm form) {
        this.section = form.section();
        this.title = form.title();
        this.description = form.description();
        this.responsible = form.responsible();
        this.kind = form.kind();
        this.dueOffsetDays = form.dueOffsetDays();
        this.articleId = form.articleId();
    }

    void attachTo(Template owner, int newPosition) {
        this.template = owner;
        this.position = newPosition;
    }

    public TemplateItemForm toForm() {
        return new TemplateItemForm(section, title, description, responsible, kind, dueOffsetDays, articleId);
    }

    public int getPosition() {
        return position;
    }
}
