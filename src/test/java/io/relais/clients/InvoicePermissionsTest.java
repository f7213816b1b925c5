package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Who sees invoices and contact phone numbers: ADMIN, LEADERSHIP and the project owner see the
 * project's invoices; the account owner, a team member and anybody else do not. Phones: ADMIN,
 * LEADERSHIP, the account owner and owners of the client's projects.
 */
@RelaisSpringTest
class InvoicePermissionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    InvoiceService invoices;

    ClientFixtures f;
    long projectInvoice;
    long clientInvoice;

    @BeforeEach
    void setUp() {
        f = new ClientFixtures(new TestUsers(context), clients, projects);
        projectInvoice = f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.create(ClientFixtures.invoice(f.clientId,
                f.projectId, InvoiceStatus.SENT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3))));
        clientInvoice = f.users.as(ClientFixtures.ADMIN, () -> invoices.create(ClientFixtures.invoice(f.clientId,
                null, InvoiceStatus.DRAFT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3))));
    }

    @Test
    void managementSeesEveryInvoiceOfTheClient() {
        for (String login : new String[] {ClientFixtures.LEADERSHIP, ClientFixtures.ADMIN}) {
            assertThat(f.users.as(login, () -> invoices.page(new InvoiceFilter(f.clientId, null, null, null), 0, 50)))
                    .as(login).extracting(InvoiceSummary::id).containsExactlyInAnyOrder(projectInvoice, clientInvoice);
            assertThat(f.users.as(login, () -> invoices.count(new InvoiceFilter(f.clientId, null, null, null)))).isEqualTo(2);
        }
    }

    @Test
    void theProjectOwnerSeesOnlyTheInvoicesOfTheirProject() {
        String owner = f.projectOwner.email();
        assertThat(f.users.as(owner, () -> invoices.page(new InvoiceFilter(f.clientId, null, null, null), 0, 50)))
                .extracting(InvoiceSummary::id).containsExactly(projectInvoice);
        assertThat(f.users.as(owner, () -> invoices.get(projectInvoice).number())).startsWith("T-");
        assertThatThrownBy(() -> f.users.as(owner, () -> invoices.get(clientInvoice))).isInstanceOf(NotFoundException.class);
        assertThat(f.users.as(owner, () -> projects.get(f.projectId).canSeeInvoices())).isTrue();
    }

    @Test
    void theAccountOwnerTheTeamAndOthersSeeNoInvoice() {
        for (TestUsers.User user : new TestUsers.User[] {f.accountOwner, f.member, f.outsider}) {
            assertThat(f.users.as(user.email(), () -> invoices.page(new InvoiceFilter(f.clientId, null, null, null), 0, 50)))
                    .as(user.email()).isEmpty();
            assertThat(f.users.as(user.email(), () -> invoices.count(InvoiceFilter.ALL))).as(user.email()).isZero();
            assertThatThrownBy(() -> f.users.as(user.email(), () -> invoices.get(projectInvoice)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.users.as(user.email(), () -> invoices.pdf(projectInvoice)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(f.users.as(user.email(), () -> clients.overview(f.clientId).invoices())).isEmpty();
            assertThat(f.users.as(user.email(), () -> invoices.monthly(f.clientId, 12)))
                    .allSatisfy(month -> assertThat(month.billed().signum()).isZero());
        }
    }

    @Test
    void onlyManagementRegistersInvoices() {
        for (TestUsers.User user : new TestUsers.User[] {f.accountOwner, f.projectOwner}) {
            assertThatThrownBy(() -> f.users.as(user.email(), () -> invoices.create(ClientFixtures.invoice(f.clientId,
                    f.projectId, InvoiceStatus.DRAFT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)))))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> f.users.as(user.email(), () -> invoices.attachPdf(projectInvoice, "f.pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void aPdfIsCheckedByItsContentAndReadOnlyByThoseWhoSeeTheInvoice() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.attachPdf(projectInvoice, "facture.pdf", pdf));
        assertThat(f.users.as(f.projectOwner.email(), () -> invoices.pdf(projectInvoice).content())).isEqualTo(pdf);
        assertThat(f.users.as(f.projectOwner.email(), () -> invoices.get(projectInvoice).pdfName())).isEqualTo("facture.pdf");
        assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.attachPdf(projectInvoice,
                "facture.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("clients.error.pdf-content"));
        assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.attachPdf(projectInvoice,
                "facture.exe", pdf)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("clients.error.pdf-extension"));
        assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.attachPdf(projectInvoice,
                "vide.pdf", new byte[0])))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("clients.error.pdf-size"));
    }

    @Test
    void phoneNumbersShowOnlyToManagementTheAccountOwnerAndProjectOwners() {
        f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Isabelle Martin", "Directrice", "isabelle@example.test", "+33 4 78 00 00 00")));
        for (String login : new String[] {ClientFixtures.LEADERSHIP, ClientFixtures.ADMIN, f.accountOwner.email(),
                f.projectOwner.email()}) {
            assertThat(f.users.as(login, () -> clients.contacts(f.clientId))).as(login).singleElement()
                    .satisfies(c -> {
                        assertThat(c.phone()).isEqualTo("+33 4 78 00 00 00");
                        assertThat(c.phoneHidden()).isFalse();
                    });
        }
        for (String login : new String[] {f.member.email(), f.outsider.email()}) {
            assertThat(f.users.as(login, () -> clients.overview(f.clientId).contacts())).as(login).singleElement()
                    .satisfies(c -> {
                        assertThat(c.phone()).isNull();
                        assertThat(c.phoneHidden()).isTrue();
                        assertThat(c.email()).isEqualTo("isabelle@example.test");
                    });
        }
    }

    @Test
    void amountsAreExactEurosAndNumbersUnique() {
        InvoiceSummary saved = f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.get(projectInvoice));
        assertThat(saved.amountInclTax()).isEqualByComparingTo("1200.00");
        assertThat(saved.amountInclTax().scale()).isEqualTo(2);
        InvoiceForm duplicate = new InvoiceForm(f.clientId, null, saved.number(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), saved.amountExclTax(), saved.amountInclTax(), InvoiceStatus.DRAFT);
        assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.create(duplicate)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.error.invoice-number-taken"));
    }
}
