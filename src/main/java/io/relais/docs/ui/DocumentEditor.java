package io.relais.docs.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.EditConflict;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writing a new document of a kind, or editing one: Markdown with a live preview rendered (and
 * sanitized) by the server. A concurrent save is shown as a diff and the writer's text is kept.
 */
@Route("docs/new/:kind(article|minutes|decision|problem|feedback)")
@RouteAlias("docs/:id([0-9]{1,18})/edit")
@PermitAll
public class DocumentEditor extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final PersonService people;
    private final TextField title = new TextField();
    private final ComboBox<SpaceSummary> space = new ComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final ComboBox<Visibility> visibility = new ComboBox<>();
    private final MultiSelectComboBox<PersonSummary> readers = new MultiSelectComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final DatePicker reviewBy = new DatePicker();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Button save = new Button();
    private KindFieldsEditor kindFields;
    private DocumentKind kind;
    private Long documentId;
    private long version;

    public DocumentEditor(DocumentService documents, PersonService people) {
        this.documents = documents;
        this.people = people;
        addClassName("relais-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PersonSummary> everybody = people.activePeople();
        DocumentForm form;
        String kindParameter = event.getRouteParameters().get("kind").orElse(null);
        if (kindParameter != null) {
            kind = DocumentKind.valueOf(kindParameter.toUpperCase(Locale.ROOT));
            try {
                form = documents.template(kind, getLocale().getLanguage().equals("en") ? "en" : "fr");
            } catch (UserFacingException refusal) {
                throw new NotFoundException();
            }
            space.setItems(documents.writableSpaces());
        } else {
            DocumentDetails document = DocumentRoutes.load(documents, event);
            if (!document.canEdit()) {
                throw new NotFoundException();
            }
            kind = document.kind();
            documentId = document.id();
            version = document.version();
            form = document.toForm();
            space.setItems(List.of(document.space()));
            space.setReadOnly(true);
        }
        build(everybody);
        fill(form, everybody);
    }

    private void build(List<PersonSummary> everybody) {
        removeAll();
        H2 heading = new H2(getTranslation("docs.kind." + kind));
        title.setLabel(getTranslation("docs.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setId("doc-title-field");
        space.setLabel(getTranslation("docs.field.space"));
        space.setItemLabelGenerator(SpaceSummary::name);
        space.setId("doc-space");
        tags.setLabel(getTranslation("docs.field.tags"));
        tags.setItems(new LinkedHashSet<>(documents.tags()));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(custom -> {
            Set<String> items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
            String tag = custom.getDetail().strip().toLowerCase(Locale.ROOT);
            items.add(tag);
            Set<String> selected = new LinkedHashSet<>(tags.getValue());
            selected.add(tag);
            tags.setItems(items);
            tags.setValue(selected);
        });
        tags.setId("doc-tags-field");
        visibility.setLabel(getTranslation("docs.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("docs.visibility." + v));
        visibility.setId("doc-visibility-field");
        visibility.addValueChangeListener(change -> readers.setVisible(change.getValue() == Visibility.PEOPLE));
        readers.setLabel(getTranslation("docs.field.readers"));
        readers.setItems(everybody);
        readers.setItemLabelGenerator(PersonSummary::fullName);
        readers.setId("doc-readers");
        language.setLabel(getTranslation("docs.field.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("docs.language." + l));
        reviewBy.setLabel(getTranslation("docs.field.reviewBy"));
        reviewBy.setVisible(kind == DocumentKind.ARTICLE);
        FormLayout common = new FormLayout(space, language, visibility, readers, tags, reviewBy);
        kindFields = new KindFieldsEditor(kind, people, everybody);

        body.setLabel(getTranslation("docs.field.body"));
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(400);
        body.setWidthFull();
        body.setMinHeight("24rem");
        body.setId("doc-body-field");
        body.addValueChangeListener(change -> refreshPreview());
        preview.setId("doc-preview");
        preview.setWidthFull();
        preview.getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding", "0 var(--lumo-space-m)");
        HorizontalLayout writing = new HorizontalLayout(body, preview);
        writing.setWidthFull();

        save.setText(getTranslation("docs.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("doc-save");
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("docs.cancel"), click -> getUI().ifPresent(ui -> ui.navigate(
                documentId == null ? "docs" : "docs/" + documentId)));
        add(heading, title, common, kindFields, writing, new HorizontalLayout(save, cancel));
    }

    private void fill(DocumentForm form, List<PersonSummary> everybody) {
        title.setValue(form.title() == null ? "" : form.title());
        space.getListDataView().getItems().filter(s -> s.id() == form.spaceId()).findFirst().ifPresent(space::setValue);
        Set<String> tagItems = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
        tagItems.addAll(form.tags());
        tags.setItems(tagItems);
        tags.setValue(form.tags());
        visibility.setValue(form.visibility());
        readers.setValue(everybody.stream().filter(p -> form.readerIds().contains(p.id())).collect(Collectors.toSet()));
        readers.setVisible(form.visibility() == Visibility.PEOPLE);
        language.setValue(form.language());
        reviewBy.setValue(form.reviewBy());
        kindFields.setValue(form.fields());
        body.setValue(form.body());
        refreshPreview();
    }

    private void refreshPreview() {
        long spaceId = space.getValue() == null ? -1 : space.getValue().id();
        preview.removeAll();
        preview.add(new Html("<div class=\"relais-markdown\">" + documents.preview(spaceId, body.getValue()) + "</div>"));
    }

    private DocumentForm form() {
        Set<Long> readerIds = new HashSet<>();
        readers.getValue().forEach(p -> readerIds.add(p.id()));
        return new DocumentForm(space.getValue() == null ? -1 : space.getValue().id(), title.getValue(), body.getValue(),
                language.getValue(), visibility.getValue(), tags.getValue(), readerIds, reviewBy.getValue(), kindFields.value());
    }

    private void save() {
        title.setInvalid(false);
        try {
            DocumentDetails saved = documentId == null
                    ? documents.create(kind, form())
                    : documents.update(documentId, version, form());
            Toasts.success("docs.saved");
            getUI().ifPresent(ui -> ui.navigate(saved.path().substring(1)));
        } catch (EditConflict conflict) {
            new ConflictDialog(conflict, this::resolveConflict).open();
        } catch (UserFacingException refusal) {
            if ("title".equals(refusal.field())) {
                title.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                title.setInvalid(true);
            } else {
                Toasts.error(refusal);
            }
        } finally {
            save.setEnabled(true);
        }
    }

    /** The writer has seen the other version: the next save builds on it, with the text now in the editor. */
    private void resolveConflict(DocumentDetails saved, boolean takeSaved) {
        version = saved.version();
        if (takeSaved) {
            body.setValue(saved.body());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("docs.kind." + (kind == null ? DocumentKind.ARTICLE : kind));
    }
}
