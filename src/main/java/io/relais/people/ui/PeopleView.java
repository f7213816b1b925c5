package io.relais.people.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.PermitAll;

/** The directory: everybody, lazily loaded, filtered by name/e-mail and team. */
@Route("people")
@Menu(order = 10, title = "menu.people", icon = "vaadin:users")
@PermitAll
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final Checkbox includeInactive = new Checkbox();
    private final Grid<PersonSummary> grid = new Grid<>(PersonSummary.class, false);
    private final ConfigurableFilterDataProvider<PersonSummary, Void, PersonFilter> rows;

    public PeopleView(PersonService people, CurrentUser currentUser) {
        addClassName("relais-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("people-search");
        search.setAriaLabel(getTranslation("people.search"));
        team.setPlaceholder(getTranslation("people.all-teams"));
        team.setItems(people.teams());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        team.setAriaLabel(getTranslation("people.team"));
        includeInactive.setLabel(getTranslation("people.include-inactive"));

        HorizontalLayout toolbar = new HorizontalLayout(search, team, includeInactive);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN)) {
            Button create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(),
                    click -> new PersonEditorDialog(people, null, id -> getUI().ifPresent(ui -> ui.navigate(PersonView.class, id))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-person");
            toolbar.add(create);
        }

        grid.addColumn(new ComponentRenderer<>(PeopleView::nameCell)).setHeader(getTranslation("people.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PersonSummary::jobTitle).setHeader(getTranslation("people.job-title")).setAutoWidth(true);
        grid.addColumn(PersonSummary::teamName).setHeader(getTranslation("people.team")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.startDate(), getLocale())).setHeader(getTranslation("people.start-date"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("people-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PersonView.class, click.getItem().id())));

        rows = new CallbackDataProvider<PersonSummary, PersonFilter>(
                query -> people.page(query.getFilter().orElse(PersonFilter.everybodyActive()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) people.count(query.getFilter().orElse(PersonFilter.everybodyActive())),
                PersonSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        search.addValueChangeListener(change -> applyFilter());
        team.addValueChangeListener(change -> applyFilter());
        includeInactive.addValueChangeListener(change -> applyFilter());
        applyFilter();

        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        rows.setFilter(new PersonFilter(search.getValue(), team.getValue() == null ? null : team.getValue().id(),
                includeInactive.getValue()));
    }

    private static HorizontalLayout nameCell(PersonSummary person) {
        Avatar avatar = new Avatar(person.fullName());
        avatar.setAbbreviation(person.initials());
        Span name = new Span(person.fullName());
        if (!person.active()) {
            name.getStyle().set("text-decoration", "line-through");
        }
        HorizontalLayout cell = new HorizontalLayout(avatar, name);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people");
    }
}
