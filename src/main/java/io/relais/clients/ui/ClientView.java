package io.relais.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.relais.clients.ClientPage;
import io.relais.clients.ClientService;
import io.relais.clients.Contact;
import io.relais.clients.InvoiceService;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectSummary;
import io.relais.people.PersonService;
import io.relais.people.ui.PersonView;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;

/**
 * A client's page: everything the company knows about it in one place — its projects, contacts,
 * documents, open tasks, the invoices the reader may see, and what happened lately.
 */
@Route("clients")
@PermitAll
public class ClientView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClientService clients;
    private final ProjectService projects;
    private final InvoiceService invoices;
    private final PersonService people;
    private ClientPage page;
    /** The tab open before a reload (after adding a contact, say), shown again after it. */
    private int selectedTab;

    public ClientView(ClientService clients, ProjectService projects, InvoiceService invoices, PersonService people) {
        this.clients = clients;
        this.projects = projects;
        this.invoices = invoices;
        this.people = people;
        addClassName("relais-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    private void load(long id) {
        try {
            page = clients.overview(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        var client = page.client();
        H2 name = new H2(client.name());
        name.setId("client-title");
        name.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(name,
                Ui.badge(getTranslation("clients.status." + client.status()), ClientsView.statusTheme(client.status())));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (client.canEdit()) {
            Button edit = new Button(getTranslation("clients.edit"), VaadinIcon.EDIT.create(),
                    click -> new ClientDialog(clients, people, client, saved -> reload()).open());
            edit.setId("client-edit");
            header.add(edit);
        }
        header.add(Ui.searchAll("client", client.name(), getTranslation("clients.search-all"), "client-search-all"));
        DescriptionList facts = new DescriptionList();
        fact(facts, "clients.sector", new Span(client.sector() == null ? "—" : client.sector()));
        fact(facts, "clients.account-owner", new RouterLink(client.accountOwner().fullName(), PersonView.class,
                client.accountOwner().id()));
        fact(facts, "clients.documents-count", new Span(Formats.number(page.documentCount(), getLocale())));
        fact(facts, "clients.open-tasks", new Span(Formats.number(page.openTaskCount(), getLocale())));
        add(header, facts);
        if (!client.notesHtml().isEmpty()) {
            Div notes = new Div(new Html("<div class=\"relais-markdown\">" + client.notesHtml() + "</div>"));
            notes.setId("client-notes");
            add(notes);
        }

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("client-tabs");
        tabs.add(getTranslation("clients.tab.projects", page.projects().size()), projectsTab());
        tabs.add(getTranslation("clients.tab.contacts", page.contacts().size()), contactsTab());
        tabs.add(getTranslation("clients.tab.documents", page.documentCount()),
                Ui.documents(page.documents(), getTranslation("clients.documents.empty"), getLocale()));
        tabs.add(getTranslation("clients.tab.tasks", page.openTaskCount()), tasksTab());
        if (client.canSeeInvoices() || !page.invoices().isEmpty()) {
            tabs.add(getTranslation("clients.tab.invoices", page.invoices().size()), invoicesTab());
        }
        tabs.add(getTranslation("clients.tab.timeline"),
                Ui.timeline(page.timeline(), getTranslation("clients.timeline.empty"), getLocale()));
        tabs.setSelectedIndex(Math.min(selectedTab, tabs.getTabCount() - 1));
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Component projectsTab() {
        Grid<ProjectSummary> grid = new Grid<>();
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("projects.name")).setFlexGrow(1).setWidth("16rem")
                .setResizable(true);
        grid.addColumn(p -> p.owner() == null ? "" : p.owner().fullName()).setHeader(getTranslation("projects.owner")).setAutoWidth(true);
        grid.addComponentColumn(p -> Ui.badge(getTranslation("projects.status." + p.status()), ProjectView.statusTheme(p.status())))
                .setHeader(getTranslation("projects.status")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.startDate(), getLocale())).setHeader(getTranslation("projects.start-date")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.endDate(), getLocale())).setHeader(getTranslation("projects.end-date")).setAutoWidth(true);
        grid.addColumn(p -> Ui.days(p.budgetDays(), getLocale())).setHeader(getTranslation("projects.budget-days")).setAutoWidth(true);
        grid.addColumn(ProjectSummary::openTasks).setHeader(getTranslation("projects.open-tasks")).setAutoWidth(true);
        grid.setItems(page.projects());
        grid.setAllRowsVisible(page.projects().size() < 15);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.setId("client-projects");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, click.getItem().id())));
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        if (page.client().canEdit()) {
            Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    click -> new ProjectDialog(projects, people, page.client().id(), null,
                            id -> getUI().ifPresent(ui -> ui.navigate(ProjectView.class, id))).open());
            create.setId("client-new-project");
            tab.addComponentAsFirst(create);
        }
        return tab;
    }

    private Component contactsTab() {
        Grid<Contact> grid = new Grid<>();
        grid.addColumn(Contact::name).setHeader(getTranslation("clients.contact.name")).setAutoWidth(true);
        grid.addColumn(c -> c.role() == null ? "" : c.role()).setHeader(getTranslation("clients.contact.role")).setAutoWidth(true);
        grid.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("clients.contact.email")).setAutoWidth(true);
        grid.addColumn(c -> c.phone() != null ? c.phone() : c.phoneHidden() ? getTranslation("clients.contact.phone-hidden") : "")
                .setHeader(getTranslation("clients.contact.phone")).setAutoWidth(true);
        boolean canEdit = page.client().canEdit();
        if (canEdit) {
            grid.addComponentColumn(c -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        click -> new ContactDialog(clients, page.client().id(), c, this::reload).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("clients.contact.edit"));
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    clients.removeContact(c.id());
                    Toasts.success("clients.contact.removed", c.name());
                    reload();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("clients.contact.remove"));
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true);
        }
        grid.setItems(page.contacts());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("clients.contacts.empty"));
        grid.setId("client-contacts");
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        if (canEdit) {
            Button add = new Button(getTranslation("clients.contact.new"), VaadinIcon.PLUS.create(),
                    click -> new ContactDialog(clients, page.client().id(), null, this::reload).open());
            add.setId("client-new-contact");
            tab.addComponentAsFirst(add);
        }
        return tab;
    }

    private Component tasksTab() {
        TaskGrid grid = new TaskGrid(true);
        grid.setItems(page.openTasks());
        grid.setAllRowsVisible(page.openTasks().size() < 15);
        grid.setId("client-tasks");
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        if (page.openTaskCount() > page.openTasks().size()) {
            tab.add(new RouterLink(getTranslation("clients.tasks.all", page.openTaskCount()), TasksView.class));
        }
        return tab;
    }

    private Component invoicesTab() {
        boolean management = page.client().canSeeInvoices();
        InvoiceGrid grid = new InvoiceGrid(invoices, management,
                invoice -> new InvoiceDialog(invoices, clients, projects, invoice, null, id -> reload()).open());
        grid.setItems(page.invoices());
        grid.setAllRowsVisible(page.invoices().size() < 15);
        grid.setId("client-invoices");
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (management) {
            Button create = new Button(getTranslation("clients.invoice.new"), VaadinIcon.PLUS.create(),
                    click -> new InvoiceDialog(invoices, clients, projects, null, page.client().id(), id -> reload()).open());
            create.setId("client-new-invoice");
            tab.add(create);
        }
        tab.add(BillingChart.of(invoices.monthly(page.client().id(), 24), getTranslation("clients.billing.title"),
                getTranslation("clients.billing.billed"), getTranslation("clients.billing.paid"), getLocale()), grid);
        return tab;
    }

    private void reload() {
        load(page.client().id());
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    ClientPage page() {
        return page;
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("menu.clients") : page.client().name();
    }
}
