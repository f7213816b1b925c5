package io.relais.onboarding.internal;

import io.relais.onboarding.TemplateItemForm;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
    @Embedded
    private ItemDefinition definition;

    protected TemplateItem() {
    }

    public TemplateItem(TemplateItemForm form) {
        this.definition = new ItemDefinition(form);
    }

    void attachTo(Template owner, int newPosition) {
        this.template = owner;
        this.position = newPosition;
    }

    public TemplateItemForm toForm() {
        return definition.toForm();
    }

    public int getPosition() {
        return position;
    }
}
