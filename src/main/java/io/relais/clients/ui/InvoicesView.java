package io.relais.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.relais.clients.ClientService;
import io.relais.clients.InvoiceFilter;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import io.relais.clients.ProjectService;
import io.relais.platform.Roles;
import io.relais.platform.ui.RelaisChart;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The invoices register (ADMIN, LEADERSHIP): billed vs paid per month, every invoice lazily
 * listed and filtered, registered and edited here, exported as spreadsheet-safe CSV. Project
 * owners see their projects' invoices on the project page.
 */
@Route("invoices")
@Menu(order = 32, title = "menu.invoices", icon = "vaadin:invoice")
@RolesAllowed({Roles.ADMIN, Roles.LEADERSHIP})
public class InvoicesView extends VerticalLayout implements HasDynamicTitle {

    private final InvoiceService invoices;
    private final ComboBox<InvoiceStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final InvoiceGrid grid;
    private final ConfigurableFilterDataProvider<InvoiceSummary, Void, InvoiceFilter> rows;
    private RelaisChart chart;

    public InvoicesView(InvoiceService invoices, ClientService clients, ProjectService projects) {
        this.invoices = invoices;
        addClassName("relais-page");
        setSizeFull();
        grid = new InvoiceGrid(invoices, true,
                invoice -> new InvoiceDialog(invoices, clients, projects, invoice, null, id -> refresh()).open());
        grid.setId("invoices-grid");
        status.setItems(InvoiceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("clients.invoice-status." + s));
        status.setPlaceholder(getTranslation("clients.invoice.status"));
        status.setClearButtonVisible(true);
        status.setId("invoices-status");
        text.setPlaceholder(getTranslation("clients.invoices.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setId("invoices-text");
        Button create = new Button(getTranslation("clients.invoice.new"), VaadinIcon.PLUS.create(),
                click -> new InvoiceDialog(invoices, clients, projects, null, null, id -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("invoices-new");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = exportCsv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "factures-" + LocalDate.now() + ".csv",
                    "text/csv;charset=utf-8", csv.length);
        }), getTranslation("clients.invoices.export"));
        export.getElement().setAttribute("download", true);
        export.setId("invoices-export");
        HorizontalLayout toolbar = new HorizontalLayout(text, status, create, export);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        rows = new CallbackDataProvider<InvoiceSummary, InvoiceFilter>(
                query -> invoices.page(query.getFilter().orElse(InvoiceFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> (int) invoices.count(query.getFilter().orElse(InvoiceFilter.ALL)),
                InvoiceSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        status.addValueChangeListener(change -> applyFilter());
        text.addValueChangeListener(change -> applyFilter());
        applyFilter();
        chart = chart();
        add(chart, toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** The register as the filters show it, columns titled in the reader's language. */
    byte[] exportCsv() {
        List<String> header = List.of("clients.invoice.number", "clients.invoice.client", "clients.invoice.project",
                "clients.invoice.issue-date", "clients.invoice.due-date", "clients.invoice.amount-excl",
                "clients.invoice.amount-incl", "clients.invoice.status", "clients.invoice.paid-on").stream()
                .map(this::getTranslation).toList();
        return invoices.exportCsv(currentFilter(), header, s -> getTranslation("clients.invoice-status." + s));
    }

    private RelaisChart chart() {
        return BillingChart.of(invoices.monthly(null, 24), getTranslation("clients.billing.title"),
                getTranslation("clients.billing.billed"), getTranslation("clients.billing.paid"), getLocale());
    }

    private InvoiceFilter currentFilter() {
        return new InvoiceFilter(null, null, status.getValue(), text.getValue());
    }

    private void applyFilter() {
        rows.setFilter(currentFilter());
    }

    private void refresh() {
        rows.refreshAll();
        RelaisChart fresh = chart();
        replace(chart, fresh);
        chart = fresh;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.invoices");
    }
}
