package io.relais.clients.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.relais.clients.ClientFilter;
import io.relais.clients.ClientService;
import io.relais.clients.ClientSummary;
import io.relais.clients.InvoiceForm;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.function.LongConsumer;

/**
 * Registers an invoice or edits one (ADMIN, LEADERSHIP). An existing invoice takes its PDF here;
 * the service checks its name, size and content.
 */
class InvoiceDialog extends FormDialog {

    InvoiceDialog(InvoiceService invoices, ClientService clients, ProjectService projects, InvoiceSummary existing,
            Long presetClientId, LongConsumer onSaved) {
        super(existing == null ? "clients.invoice.new" : "clients.invoice.edit");
        ComboBox<ClientSummary> client = field("client", new ComboBox<>(), "clients.invoice.client");
        client.setId("invoice-client");
        client.setItems(query -> clients.page(new ClientFilter(query.getFilter().orElse(null), null, null, null),
                query.getOffset(), query.getLimit()).stream());
        client.setItemLabelGenerator(ClientSummary::name);
        ComboBox<ProjectSummary> project = field("project", new ComboBox<>(), "clients.invoice.project");
        project.setId("invoice-project");
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setClearButtonVisible(true);
        client.addValueChangeListener(change -> {
            project.clear();
            project.setItems(change.getValue() == null ? java.util.List.of() : projects.ofClient(change.getValue().id()));
        });
        TextField number = field("number", new TextField(), "clients.invoice.number");
        number.setId("invoice-number");
        ComboBox<InvoiceStatus> status = field("status", new ComboBox<>(), "clients.invoice.status");
        status.setItems(InvoiceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("clients.invoice-status." + s));
        status.setValue(InvoiceStatus.DRAFT);
        status.setId("invoice-status");
        DatePicker issued = field("issueDate", new DatePicker(), "clients.invoice.issue-date");
        issued.setId("invoice-issued");
        DatePicker due = field("dueDate", new DatePicker(), "clients.invoice.due-date");
        due.setId("invoice-due");
        BigDecimalField excl = field("amountExclTax", new BigDecimalField(), "clients.invoice.amount-excl");
        excl.setId("invoice-excl");
        excl.setSuffixComponent(new Span("€"));
        BigDecimalField incl = field("amountInclTax", new BigDecimalField(), "clients.invoice.amount-incl");
        incl.setId("invoice-incl");
        incl.setSuffixComponent(new Span("€"));

        Long clientId = existing != null ? Long.valueOf(existing.clientId()) : presetClientId;
        if (clientId != null) {
            client.setValue(new ClientSummary(clientId, clients.get(clientId).name(), null, null, null, 0));
        }
        if (existing != null) {
            InvoiceForm f = existing.toForm();
            project.getListDataView().getItems().filter(p -> f.projectId() != null && p.id() == f.projectId())
                    .findFirst().ifPresent(project::setValue);
            number.setValue(f.number());
            status.setValue(f.status());
            issued.setValue(f.issueDate());
            due.setValue(f.dueDate());
            excl.setValue(f.amountExclTax());
            incl.setValue(f.amountInclTax());
            add(pdfUpload(invoices, existing.id()));
        }
        saveButton("invoice-save", () -> {
            if (client.getValue() == null) {
                throw new UserFacingException("client", "validation.required");
            }
            InvoiceForm form = new InvoiceForm(client.getValue().id(),
                    project.getValue() == null ? null : project.getValue().id(), number.getValue(), issued.getValue(),
                    due.getValue(), excl.getValue(), incl.getValue(), status.getValue());
            long id = existing == null ? invoices.create(form)
                    : invoices.update(existing.id(), existing.version(), form).id();
            onSaved.accept(id);
        });
    }

    private Upload pdfUpload(InvoiceService invoices, long invoiceId) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> {
            try {
                invoices.attachPdf(invoiceId, metadata.fileName(), content);
                ui.access(() -> Toasts.success("clients.invoice.pdf-attached", metadata.fileName()));
            } catch (UserFacingException refusal) {
                ui.access(() -> Toasts.error(refusal));
            }
        }));
        upload.setId("invoice-pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InvoiceService.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.addFileRejectedListener(rejected -> Toasts.error("clients.error.pdf-size",
                InvoiceService.MAX_PDF_BYTES / (1024 * 1024)));
        return upload;
    }
}
