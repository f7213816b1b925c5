package io.relais.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.docs.DocumentFilter;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateDetails;
import io.relais.onboarding.TemplateForm;
import io.relais.onboarding.TemplateItemForm;
import io.relais.onboarding.TemplateService;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a template, or edits one as its next version: name, kind, team and role it is meant
 * for, and its items (section, title, Markdown description, who does it, how, when relative to
 * the start date, the article to read). Nothing typed is lost when the save is refused.
 */
class TemplateEditorDialog extends Dialog {

    /** A knowledge-base article to pick. */
    record ArticleChoice(long id, String title) {
    }

    private final TemplateService templates;
    private final DocumentService documents;
    private final TemplateDetails editing;
    private final Runnable saved;
    private final TextField name = new TextField();
    private final Select<Purpose> purpose = new Select<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final TextField role = new TextField();
    private final VerticalLayout itemsLayout = new VerticalLayout();
    private final List<ItemEditor> items = new ArrayList<>();

    TemplateEditorDialog(TemplateService templates, PersonService people, DocumentService documents,
            TemplateDetails editing, Runnable saved) {
        this.templates = templates;
        this.documents = documents;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "onboarding.templates.new" : "onboarding.templates.edit"));
        setWidth("min(64rem, 100vw)");
        name.setLabel(getTranslation("onboarding.field.template-name"));
        name.setMaxLength(150);
        name.setId("template-name");
        purpose.setLabel(getTranslation("onboarding.field.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("onboarding.purpose." + p));
        purpose.setValue(Purpose.ONBOARDING);
        purpose.setId("template-purpose");
        team.setLabel(getTranslation("onboarding.field.team"));
        List<TeamSummary> teams = people.teams();
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        role.setLabel(getTranslation("onboarding.field.role"));
        role.setMaxLength(120);
        FormLayout header = new FormLayout(name, purpose, team, role);
        itemsLayout.setPadding(false);
        itemsLayout.setId("template-items");
        Button addItem = new Button(getTranslation("onboarding.templates.add-item"), VaadinIcon.PLUS.create(),
                click -> addItem(null));
        addItem.setId("template-add-item");
        add(header, new H4(getTranslation("onboarding.templates.items")), itemsLayout, addItem);
        if (editing != null) {
            TemplateForm form = editing.toForm();
            name.setValue(form.name());
            purpose.setValue(form.purpose());
            purpose.setReadOnly(true);
            teams.stream().filter(t -> form.teamId() != null && t.id() == form.teamId()).findFirst().ifPresent(team::setValue);
            role.setValue(form.roleName() == null ? "" : form.roleName());
            form.items().forEach(this::addItem);
        } else {
            addItem(null);
        }
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void addItem(TemplateItemForm item) {
        ItemEditor editor = new ItemEditor(item);
        items.add(editor);
        itemsLayout.add(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).number.setText(getTranslation("onboarding.templates.item-number", i + 1));
        }
    }

    void save() {
        name.setInvalid(false);
        TemplateForm form = new TemplateForm(name.getValue(), purpose.getValue(),
                team.getValue() == null ? null : team.getValue().id(), role.getValue(),
                items.stream().map(ItemEditor::form).toList());
        try {
            if (editing == null) {
                templates.create(form);
            } else {
                templates.update(editing.summary().id(), form);
            }
            Toasts.success("onboarding.done.template-saved");
            close();
            saved.run();
        } catch (UserFacingException refusal) {
            if ("name".equals(refusal.field())) {
                name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                name.setInvalid(true);
            } else {
                Toasts.error(refusal);
            }
        }
    }

    /** One item's fields. */
    private final class ItemEditor extends Div {

        private final Span number = new Span();
        private final TextField section = new TextField(getTranslation("onboarding.template.section"));
        private final TextField title = new TextField(getTranslation("onboarding.template.item-title"));
        private final TextArea description = new TextArea(getTranslation("onboarding.template.description"));
        private final Select<ResponsibleParty> responsible = new Select<>();
        private final Select<ItemKind> kind = new Select<>();
        private final IntegerField offset = new IntegerField(getTranslation("onboarding.template.offset"));
        private final ComboBox<ArticleChoice> article = new ComboBox<>(getTranslation("onboarding.template.article"));

        ItemEditor(TemplateItemForm item) {
            addClassName("relais-card");
            int index = items.size();
            section.setMaxLength(120);
            section.setId("item-section-" + index);
            title.setMaxLength(200);
            title.setId("item-title-" + index);
            description.setHelperText(getTranslation("onboarding.template.markdown-help"));
            description.setWidthFull();
            description.setId("item-description-" + index);
            responsible.setLabel(getTranslation("onboarding.template.responsible"));
            responsible.setItems(ResponsibleParty.values());
            responsible.setItemLabelGenerator(p -> getTranslation("onboarding.party." + p));
            responsible.setValue(ResponsibleParty.NEWCOMER);
            responsible.setId("item-responsible-" + index);
            kind.setLabel(getTranslation("onboarding.template.kind"));
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("onboarding.kind." + k));
            kind.setValue(ItemKind.TASK);
            kind.setId("item-kind-" + index);
            offset.setMin(-7);
            offset.setMax(90);
            offset.setStepButtonsVisible(true);
            offset.setValue(0);
            offset.setHelperText(getTranslation("onboarding.template.offset-help"));
            offset.setId("item-offset-" + index);
            article.setItems(query -> documents.browse(new DocumentFilter(null, DocumentKind.ARTICLE, null, null,
                    query.getFilter().orElse("")), query.getOffset(), query.getLimit()).stream()
                    .map(d -> new ArticleChoice(d.id(), d.title())));
            article.setItemLabelGenerator(ArticleChoice::title);
            article.setClearButtonVisible(true);
            article.setId("item-article-" + index);
            if (item != null) {
                section.setValue(item.section());
                title.setValue(item.title());
                description.setValue(item.description() == null ? "" : item.description());
                responsible.setValue(item.responsible());
                kind.setValue(item.kind());
                offset.setValue(item.dueOffsetDays());
                if (item.articleId() != null) {
                    documents.find(item.articleId()).ifPresent(d -> article.setValue(new ArticleChoice(d.id(), d.title())));
                }
            } else if (index > 0) {
                section.setValue(items.get(index - 1).section.getValue());
            }
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(-1));
            up.setAriaLabel(getTranslation("onboarding.templates.up"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                items.remove(this);
                itemsLayout.remove(this);
                renumber();
            });
            remove.setAriaLabel(getTranslation("onboarding.templates.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            FormLayout fields = new FormLayout(section, title, responsible, kind, offset, article);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
            add(new Div(number, up, remove), fields, description);
        }

        private void move(int by) {
            int at = items.indexOf(this);
            int to = at + by;
            if (to < 0 || to >= items.size()) {
                return;
            }
            items.remove(at);
            items.add(to, this);
            itemsLayout.removeAll();
            items.forEach(itemsLayout::add);
            renumber();
        }

        TemplateItemForm form() {
            return new TemplateItemForm(section.getValue(), title.getValue(), description.getValue(),
                    responsible.getValue(), kind.getValue(), offset.getValue() == null ? Integer.MIN_VALUE : offset.getValue(),
                    article.getValue() == null ? null : article.getValue().id());
        }
    }
}
