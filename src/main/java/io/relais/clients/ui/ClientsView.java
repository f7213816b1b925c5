package io.relais.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.clients.ClientFilter;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.clients.ClientSummary;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import jakarta.annotation.security.PermitAll;

/** Every client, lazily loaded, searched by name, sector or contact, filtered by status, sector and owner. */
@Route("clients")
@Menu(order = 30, title = "menu.clients", icon = "vaadin:briefcase")
@PermitAll
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField text = new TextField();
    private final ComboBox<ClientStatus> status = new ComboBox<>();
    private final ComboBox<String> sector = new ComboBox<>();
    private final ComboBox<PersonSummary> owner;
    private final Grid<ClientSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<ClientSummary, Void, ClientFilter> rows;

    public ClientsView(ClientService clients, PersonService people) {
        addClassName("relais-page");
        setSizeFull();
        text.setPlaceholder(getTranslation("clients.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setId("clients-text");
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("clients.status." + s));
        placeholder(status, "clients.filter.status", "clients-status");
        sector.setItems(clients.sectors());
        placeholder(sector, "clients.filter.sector", "clients-sector");
        owner = Ui.personPicker(people);
        placeholder(owner, "clients.filter.owner", "clients-owner");
        Button create = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
                click -> new ClientDialog(clients, people, null,
                        id -> getUI().ifPresent(ui -> ui.navigate(ClientView.class, id))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("clients-new");
        HorizontalLayout toolbar = new HorizontalLayout(text, status, sector, owner, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(ClientSummary::name).setHeader(getTranslation("clients.name")).setFlexGrow(1).setWidth("16rem")
                .setResizable(true);
        grid.addColumn(c -> c.sector() == null ? "" : c.sector()).setHeader(getTranslation("clients.sector")).setAutoWidth(true);
        grid.addComponentColumn(c -> Ui.badge(getTranslation("clients.status." + c.status()), statusTheme(c.status())))
                .setHeader(getTranslation("clients.status")).setAutoWidth(true);
        grid.addColumn(c -> c.accountOwner() == null ? "" : c.accountOwner().fullName())
                .setHeader(getTranslation("clients.account-owner")).setAutoWidth(true);
        grid.addColumn(ClientSummary::openProjects).setHeader(getTranslation("clients.open-projects")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setId("clients-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ClientView.class, click.getItem().id())));
        rows = new CallbackDataProvider<ClientSummary, ClientFilter>(
                query -> clients.page(query.getFilter().orElse(ClientFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> (int) clients.count(query.getFilter().orElse(ClientFilter.ALL)),
                ClientSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        text.addValueChangeListener(change -> applyFilter());
        status.addValueChangeListener(change -> applyFilter());
        sector.addValueChangeListener(change -> applyFilter());
        owner.addValueChangeListener(change -> applyFilter());
        applyFilter();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    static String statusTheme(ClientStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case PROSPECT -> "";
            case FORMER -> "contrast";
        };
    }

    private void placeholder(ComboBox<?> box, String key, String id) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
        box.setId(id);
    }

    private void applyFilter() {
        rows.setFilter(new ClientFilter(text.getValue(), status.getValue(), sector.getValue(),
                owner.getValue() == null ? null : owner.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.clients");
    }
}
