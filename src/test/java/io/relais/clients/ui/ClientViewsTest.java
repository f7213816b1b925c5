package io.relais.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.ClientFilter;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.clients.ClientSummary;
import io.relais.clients.Contact;
import io.relais.clients.ProjectSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The clients list and a client's page, as leadership (who edits) and as an employee (who reads). */
@RelaisSpringTest
class ClientViewsTest extends SpringBrowserlessTest {

    private static final String LEADERSHIP = "claire.fontaine@canopee.fr";
    private static final String EMPLOYEE = "lucas.bernard@canopee.fr";

    @Autowired
    ClientService clients;
    @Autowired
    io.relais.docs.DocumentService documents;

    @Test
    @WithUserDetails(EMPLOYEE)
    void theListIsLazyAndFiltersByTextAndStatus() {
        navigate(ClientsView.class);
        Grid<ClientSummary> grid = $(Grid.class).id("clients-grid");
        assertThat(test(grid).size()).as("the demo clients").isGreaterThanOrEqualTo(40);
        test($(TextField.class).id("clients-text")).setValue("Verdier");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Maison Verdier");
        test($(TextField.class).id("clients-text")).setValue("");
        ComboBox<ClientStatus> status = $(ComboBox.class).id("clients-status");
        test(status).selectItem(t("clients.status.PROSPECT"));
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).status()).isEqualTo(ClientStatus.PROSPECT);
        }
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
    }

    @Test
    @WithUserDetails(LEADERSHIP)
    void leadershipCreatesAClientAddsAContactAndAProjectOnItsPage() {
        navigate(ClientsView.class);
        test($(Button.class).id("clients-new")).click();
        Dialog dialog = $(Dialog.class).single();
        String name = "Créée " + TestUsers.unique();
        test($(TextField.class, dialog).id("client-name")).setValue(name);
        test($(Button.class, dialog).id("client-save")).click();
        assertThat(getCurrentView()).isInstanceOfSatisfying(ClientView.class,
                view -> assertThat(view.page().client().name()).isEqualTo(name));
        assertThat($(H2.class).id("client-title").getText()).isEqualTo(name);

        $(TabSheet.class).id("client-tabs").setSelectedIndex(1);
        test($(Button.class).id("client-new-contact")).click();
        Dialog contact = $(Dialog.class).single();
        test($(TextField.class, contact).id("contact-name")).setValue("Isabelle Martin");
        test($(EmailField.class, contact).id("contact-email")).setValue("pas une adresse");
        test($(Button.class, contact).id("contact-save")).click();
        assertThat(contact.isOpened()).as("refused, kept open with what was typed").isTrue();
        assertThat($(EmailField.class, contact).id("contact-email").isInvalid()).isTrue();
        test($(EmailField.class, contact).id("contact-email")).setValue("isabelle@example.test");
        test($(TextField.class, contact).id("contact-phone")).setValue("+33 4 78 00 00 00");
        test($(Button.class, contact).id("contact-save")).click();
        assertThat(contact.isOpened()).isFalse();
        Grid<Contact> contacts = $(Grid.class).id("client-contacts");
        assertThat(test(contacts).getRow(0).phone()).isEqualTo("+33 4 78 00 00 00");

        $(TabSheet.class).id("client-tabs").setSelectedIndex(0);
        test($(Button.class).id("client-new-project")).click();
        Dialog project = $(Dialog.class).single();
        test($(TextField.class, project).id("project-name")).setValue("Refonte");
        test($(Button.class, project).id("project-save")).click();
        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        navigate(ClientView.class, clientId(name));
        Grid<ProjectSummary> projects = $(Grid.class).id("client-projects");
        assertThat(test(projects).size()).isEqualTo(1);
        assertThat($(TabSheet.class).id("client-tabs").getTabCount()).as("with invoices for leadership").isEqualTo(6);
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void anEmployeeReadsAClientWithoutInvoicesNorPhonesNorEditing() {
        long id = clientId("Maison Verdier");
        navigate(ClientView.class, id);
        assertThat($(Button.class).withId("client-edit").exists()).isFalse();
        assertThat($(Button.class).withId("client-new-project").exists()).isFalse();
        TabSheet tabs = $(TabSheet.class).id("client-tabs");
        assertThat(tabs.getTabCount()).as("no invoice tab").isEqualTo(5);
        tabs.setSelectedIndex(1);
        Grid<Contact> contacts = $(Grid.class).id("client-contacts");
        assertThat(test(contacts).size()).isPositive();
        assertThat(test(contacts).getRow(0).phone()).isNull();
        assertThat(test(contacts).getCellText(0, 3)).isEqualTo(t("clients.contact.phone-hidden"));
        assertThat($(Grid.class).withId("client-invoices").exists()).isFalse();
    }

    @Test
    @WithUserDetails(LEADERSHIP)
    void aDocumentIsLinkedToAClientFromItsPageAndShowsOnTheClientPage() {
        String name = "Lié " + TestUsers.unique();
        long clientId = clients.create(new io.relais.clients.ClientForm(name, null, null, null, null));
        var document = documents.create(io.relais.docs.DocumentKind.FEEDBACK, new io.relais.docs.DocumentForm(
                documents.writableSpaces().getFirst().id(), "Retour de " + name, "Très satisfait", "fr",
                io.relais.docs.Visibility.COMPANY, java.util.Set.of(), java.util.Set.of(), null,
                io.relais.docs.KindFields.EMPTY));
        UI.getCurrent().navigate(document.path().substring(1));
        test($(Button.class).id("doc-client-link-edit")).click();
        Dialog dialog = $(Dialog.class).single();
        ComboBox<ClientSummary> client = $(ComboBox.class, dialog).id("doc-link-client");
        test(client).setFilter(name);
        client.setValue(test(client).getSuggestionItems().getFirst());
        test($(Button.class, dialog).id("doc-link-save")).click();
        assertThat(documents.clientLink(document.id())).hasValueSatisfying(link -> assertThat(link.clientId()).isEqualTo(clientId));
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText(name).exists()).isTrue();

        navigate(ClientView.class, clientId);
        assertThat(((ClientView) getCurrentView()).page().documents()).extracting(io.relais.clients.DocumentRef::id)
                .containsExactly(document.id());
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void anUnknownClientIsNotFound() {
        UI.getCurrent().navigate(ClientView.class, Long.MAX_VALUE);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    private long clientId(String name) {
        List<ClientSummary> found = clients.page(new ClientFilter(name, null, null, null), 0, 5);
        return found.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
