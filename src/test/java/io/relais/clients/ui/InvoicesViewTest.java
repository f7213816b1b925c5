package io.relais.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.InvoiceFilter;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import io.relais.platform.ui.RelaisChart;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The invoices register as leadership: chart, lazy list, a new invoice, its PDF, the CSV export. */
@RelaisSpringTest
class InvoicesViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;
    @Autowired
    InvoiceService invoices;

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void leadershipRegistersAnInvoiceAttachesItsPdfAndExportsTheRegister() {
        String clientName = "=Facturé " + TestUsers.unique();
        clients.create(new ClientForm(clientName, null, null, null, null));
        InvoicesView view = navigate(InvoicesView.class);
        RelaisChart chart = $(RelaisChart.class).id("billing-chart");
        assertThat(chart.getSeries()).hasSize(2);
        assertThat(chart.getCategories()).hasSize(24);
        Grid<InvoiceSummary> grid = $(Grid.class).id("invoices-grid");
        assertThat(test(grid).size()).as("the demo register").isGreaterThan(100);

        test($(Button.class).id("invoices-new")).click();
        Dialog dialog = $(Dialog.class).single();
        ComboBox<io.relais.clients.ClientSummary> client = $(ComboBox.class, dialog).id("invoice-client");
        test(client).setFilter(clientName);
        client.setValue(test(client).getSuggestionItems().getFirst());
        String number = "F-T-" + TestUsers.unique();
        test($(TextField.class, dialog).id("invoice-number")).setValue(number);
        test($(DatePicker.class, dialog).id("invoice-issued")).setValue(LocalDate.of(2026, 1, 10));
        test($(DatePicker.class, dialog).id("invoice-due")).setValue(LocalDate.of(2026, 2, 10));
        test($(BigDecimalField.class, dialog).id("invoice-excl")).setValue(new BigDecimal("1000"));
        test($(BigDecimalField.class, dialog).id("invoice-incl")).setValue(new BigDecimal("990"));
        test($(Button.class, dialog).id("invoice-save")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(BigDecimalField.class, dialog).id("invoice-incl").isInvalid()).isTrue();
        test($(BigDecimalField.class, dialog).id("invoice-incl")).setValue(new BigDecimal("1200"));
        test($(Button.class, dialog).id("invoice-save")).click();
        assertThat(dialog.isOpened()).isFalse();

        InvoiceSummary saved = invoices.page(new InvoiceFilter(null, null, null, number), 0, 1).getFirst();
        assertThat(saved.amountInclTax()).isEqualByComparingTo("1200");
        assertThat(saved.status()).isEqualTo(InvoiceStatus.DRAFT);

        test($(TextField.class).id("invoices-text")).setValue(number);
        assertThat(test(grid).size()).isEqualTo(1);
        // the last column holds the row's PDF link and edit button
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(0, 7);
        Button editButton = actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow();
        assertThat(editButton.getId()).contains("invoice-edit-" + saved.id());
        test(editButton).click();
        Dialog edit = $(Dialog.class).single();
        byte[] pdf = "%PDF-1.4 facture".getBytes(StandardCharsets.US_ASCII);
        test($(Upload.class, edit).id("invoice-pdf")).upload("facture.pdf", "application/pdf", pdf);
        assertThat(invoices.pdf(saved.id()).content()).isEqualTo(pdf);

        String csv = new String(view.exportCsv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"" + number + "\";\"'" + clientName + "\"").contains("\"1200.00\"");
        assertThat(csv.lines().count()).as("the header and the filtered invoice").isEqualTo(2);
    }
}
