package io.relais.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.relais.clients.InvoicePdfFile;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import io.relais.platform.ui.Formats;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/** Invoices as a register: number, client and project, dates, amounts, status, PDF, edit. */
class InvoiceGrid extends Grid<InvoiceSummary> {

    InvoiceGrid(InvoiceService invoices, boolean canEdit, Consumer<InvoiceSummary> edit) {
        addColumn(InvoiceSummary::number).setHeader(getTranslation("clients.invoice.number")).setAutoWidth(true);
        addColumn(i -> i.projectName() == null ? i.clientName() : i.clientName() + " — " + i.projectName())
                .setHeader(getTranslation("clients.invoice.client")).setFlexGrow(1).setResizable(true);
        addColumn(i -> Formats.date(i.issueDate(), getLocale())).setHeader(getTranslation("clients.invoice.issue-date")).setAutoWidth(true);
        addColumn(i -> Formats.date(i.dueDate(), getLocale())).setHeader(getTranslation("clients.invoice.due-date")).setAutoWidth(true);
        addColumn(i -> Ui.euros(i.amountExclTax(), getLocale())).setHeader(getTranslation("clients.invoice.amount-excl"))
                .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(i -> Ui.euros(i.amountInclTax(), getLocale())).setHeader(getTranslation("clients.invoice.amount-incl"))
                .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addComponentColumn(i -> Ui.badge(getTranslation("clients.invoice-status." + i.status()), statusTheme(i.status())))
                .setHeader(getTranslation("clients.invoice.status")).setAutoWidth(true);
        addComponentColumn(i -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (i.pdfName() != null) {
                Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                    InvoicePdfFile file = invoices.pdf(i.id());
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                            "application/pdf", file.content().length);
                }), "PDF");
                pdf.getElement().setAttribute("download", true);
                actions.add(pdf);
            }
            if (canEdit) {
                Button editButton = new Button(VaadinIcon.EDIT.create(), click -> edit.accept(i));
                editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                editButton.setAriaLabel(getTranslation("clients.invoice.edit"));
                editButton.setId("invoice-edit-" + i.id());
                actions.add(editButton);
            }
            return actions;
        }).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("clients.invoices.empty"));
    }

    static String statusTheme(InvoiceStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case SENT -> "";
            case PAID -> "success";
            case OVERDUE -> "error";
        };
    }

    /** A muted line for empty sections. */
    static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("relais-muted");
        return span;
    }
}
