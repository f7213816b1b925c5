package io.relais.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.relais.docs.DocumentService;
import io.relais.onboarding.TemplateService;
import io.relais.onboarding.TemplateSummary;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * HR's checklist templates (the latest version of each): create one, or click one to edit it,
 * which saves a new version; checklists already started keep theirs.
 */
@Route("onboarding/templates")
@RolesAllowed(Roles.HR)
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final TemplateService templates;
    private final Grid<TemplateSummary> grid = new Grid<>();

    public TemplatesView(TemplateService templates, PersonService people, DocumentService documents, Clock clock) {
        this.templates = templates;
        addClassName("relais-page");
        Button create = new Button(getTranslation("onboarding.templates.new"), VaadinIcon.PLUS.create(),
                click -> new TemplateEditorDialog(templates, people, documents, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("templates-new");
        grid.addColumn(TemplateSummary::name).setHeader(getTranslation("onboarding.column.template")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("onboarding.purpose." + t.purpose())).setHeader(getTranslation("onboarding.column.purpose"));
        grid.addColumn(t -> t.teamName() == null ? "" : t.teamName()).setHeader(getTranslation("onboarding.column.team"));
        grid.addColumn(t -> t.roleName() == null ? "" : t.roleName()).setHeader(getTranslation("onboarding.column.role"));
        grid.addColumn(t -> "v" + t.version()).setHeader(getTranslation("onboarding.column.version"));
        grid.addColumn(TemplateSummary::itemCount).setHeader(getTranslation("onboarding.column.items"));
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("onboarding.column.saved"));
        grid.addItemClickListener(click -> new TemplateEditorDialog(templates, people, documents,
                templates.get(click.getItem().id()), this::refresh).open());
        grid.setAllRowsVisible(true);
        grid.setId("templates-grid");
        refresh();
        Paragraph hint = new Paragraph(getTranslation("onboarding.templates.hint"));
        hint.addClassName("relais-muted");
        add(new H2(getTranslation("onboarding.templates.title")), hint, create, grid);
    }

    private void refresh() {
        grid.setItems(templates.latest(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.templates.title");
    }
}
