package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.platform.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The client page gathers everything known about a client, each part with its own permission
 * rules; documents of the hub link to a client and a project; every field refuses hostile input.
 */
@RelaisSpringTest
class ClientPageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    InvoiceService invoices;
    @Autowired
    DocumentService documents;

    ClientFixtures f;

    @BeforeEach
    void setUp() {
        f = new ClientFixtures(new TestUsers(context), clients, projects);
    }

    private DocumentDetails document(String login, Visibility visibility) {
        return f.users.as(login, () -> {
            long space = documents.writableSpaces().getFirst().id();
            return documents.create(DocumentKind.FEEDBACK, new DocumentForm(space, "Retour " + TestUsers.unique(), "Très content",
                    "fr", visibility, Set.of(), Set.of(), null, KindFields.EMPTY));
        });
    }

    @Test
    void theClientPageGathersProjectsContactsDocumentsOpenTasksInvoicesAndTimeline() {
        f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Marc Petit", "DG", null, null)));
        long open = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Ouverte", null, null, null, null)));
        long closed = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Fermée", null, null, null, null)));
        f.users.as(f.member.email(), () -> tasks.move(closed, tasks.get(closed).version(), TaskStatus.DONE));
        DocumentDetails companyDoc = document(f.member.email(), Visibility.COMPANY);
        DocumentDetails privateDoc = document(f.member.email(), Visibility.PEOPLE);
        f.users.as(f.member.email(), () -> documents.linkToClient(companyDoc.id(), f.clientId, f.projectId));
        f.users.as(f.member.email(), () -> documents.linkToClient(privateDoc.id(), f.clientId, null));
        long invoice = f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.create(ClientFixtures.invoice(f.clientId,
                f.projectId, InvoiceStatus.PAID, LocalDate.now().minusDays(3), LocalDate.now().plusDays(27))));

        ClientPage asLeader = f.users.as(ClientFixtures.LEADERSHIP, () -> clients.overview(f.clientId));
        assertThat(asLeader.client().name()).isEqualTo(f.clientName);
        assertThat(asLeader.client().canEdit()).isTrue();
        assertThat(asLeader.projects()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(f.projectId);
            assertThat(p.openTasks()).isEqualTo(1);
        });
        assertThat(asLeader.contacts()).extracting(Contact::name).containsExactly("Marc Petit");
        assertThat(asLeader.openTasks()).extracting(TaskSummary::id).containsExactly(open);
        assertThat(asLeader.openTaskCount()).isEqualTo(1);
        assertThat(asLeader.invoices()).extracting(InvoiceSummary::id).containsExactly(invoice);
        assertThat(asLeader.documents()).extracting(DocumentRef::id).contains(companyDoc.id())
                .as("a document of named readers stays theirs").doesNotContain(privateDoc.id());
        assertThat(asLeader.documentCount()).isEqualTo(1);
        assertThat(asLeader.timeline()).extracting(TimelineEntry::action)
                .contains("CLIENT_CREATED", "PROJECT_CREATED", "CONTACT_ADDED", "TASK_CREATED", "TASK_MOVED", "INVOICE_CREATED");
        assertThat(f.users.as(f.member.email(), () -> clients.overview(f.clientId).documentCount()))
                .as("the author of the private document sees it").isEqualTo(2);
        assertThat(f.users.as(f.outsider.email(), () -> projects.documents(f.projectId)))
                .extracting(DocumentRef::id).containsExactly(companyDoc.id());
        assertThat(f.users.as(f.outsider.email(), () -> documents.clientLink(companyDoc.id())))
                .hasValueSatisfying(link -> {
                    assertThat(link.clientName()).isEqualTo(f.clientName);
                    assertThat(link.projectId()).isEqualTo(f.projectId);
                });
        assertThat(f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.monthly(f.clientId, 3)).getLast().paid())
                .isGreaterThanOrEqualTo(new BigDecimal("1200.00"));
    }

    @Test
    void aDocumentLinksOnlyToAProjectOfItsClient() {
        long otherClient = f.users.as(ClientFixtures.LEADERSHIP, () -> clients.create(new ClientForm("Autre " + TestUsers.unique(),
                null, null, null, null)));
        DocumentDetails doc = document(f.member.email(), Visibility.COMPANY);
        assertThatThrownBy(() -> f.users.as(f.member.email(), () -> documents.linkToClient(doc.id(), otherClient, f.projectId)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.error.project-of-other-client"));
        f.users.as(f.member.email(), () -> documents.linkToClient(doc.id(), f.clientId, f.projectId));
        f.users.as(f.member.email(), () -> documents.linkToClient(doc.id(), null, null));
        assertThat(f.users.as(f.member.email(), () -> documents.clientLink(doc.id()))).isEmpty();
    }

    @Test
    void onlyManagementAndTheAccountOwnerEditTheClient() {
        ClientDetails current = f.users.as(f.accountOwner.email(), () -> clients.get(f.clientId));
        ClientForm edit = new ClientForm(f.clientName, "Commerce", ClientStatus.FORMER, f.accountOwner.personId(), "Fin");
        assertThatThrownBy(() -> f.users.as(f.projectOwner.email(), () -> clients.update(f.clientId, current.version(), edit)))
                .isInstanceOf(UserFacingException.class);
        ClientDetails saved = f.users.as(f.accountOwner.email(), () -> clients.update(f.clientId, current.version(), edit));
        assertThat(saved.status()).isEqualTo(ClientStatus.FORMER);
        assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, () -> clients.update(f.clientId, current.version(), edit)))
                .as("optimistic locking").isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrent-edit"));
        assertThat(f.users.as(f.outsider.email(), () -> clients.timeline(f.clientId, 10)))
                .extracting(TimelineEntry::action).contains("CLIENT_STATUS_FORMER");
    }

    @Test
    void theListFiltersBySearchStatusSectorAndOwnerAndFindsContacts() {
        f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Zéphyrine " + f.clientName.substring(7), null, null, null)));
        assertThat(f.users.as(f.outsider.email(), () -> clients.page(new ClientFilter(f.clientName, ClientStatus.ACTIVE,
                "Test", f.accountOwner.personId()), 0, 10))).extracting(ClientSummary::id).containsExactly(f.clientId);
        assertThat(f.users.as(f.outsider.email(), () -> clients.page(new ClientFilter("Zéphyrine " + f.clientName.substring(7),
                null, null, null), 0, 10))).as("found by contact").extracting(ClientSummary::id).containsExactly(f.clientId);
        assertThat(f.users.as(f.outsider.email(), () -> clients.count(new ClientFilter(f.clientName, ClientStatus.FORMER,
                null, null)))).isZero();
        assertThat(f.users.as(f.outsider.email(), () -> clients.page(new ClientFilter("100%_\\", null, null, null), 0, 10)))
                .as("wildcards are literal").isEmpty();
    }

    @Test
    void hostileInputIsRefusedOrMadeHarmless() {
        String script = "<img src=x onerror=alert(1)>";
        long id = f.users.as(ClientFixtures.LEADERSHIP, () -> clients.create(new ClientForm(script + TestUsers.unique(),
                null, null, null, "[clic](javascript:alert(1)) " + script)));
        ClientDetails saved = f.users.as(f.outsider.email(), () -> clients.get(id));
        assertThat(saved.name()).startsWith(script).as("kept as typed: the UI writes it as text");
        assertThat(saved.notesHtml()).doesNotContain("onerror").doesNotContain("javascript:");
        record Refusal(Runnable call, String field, String key) {
        }
        List<Refusal> refusals = List.of(
                new Refusal(() -> clients.create(new ClientForm("   ", null, null, null, null)), "name", "validation.required"),
                new Refusal(() -> clients.create(new ClientForm("a".repeat(151), null, null, null, null)), "name", "validation.too-long"),
                new Refusal(() -> clients.create(new ClientForm("Nul\u0000" + TestUsers.unique(), null, null, null, null)), "name",
                        "validation.control-characters"),
                new Refusal(() -> clients.create(new ClientForm(f.clientName, null, null, null, null)), "name", "clients.error.name-taken"),
                new Refusal(() -> clients.create(new ClientForm("X" + TestUsers.unique(), null, null, Long.MAX_VALUE, null)),
                        "accountOwner", "clients.error.no-person"),
                new Refusal(() -> clients.addContact(f.clientId, new ContactForm("Marc", null, "pas-une-adresse", null)),
                        "email", "clients.error.email"),
                new Refusal(() -> clients.addContact(f.clientId, new ContactForm("Marc", null, null, "=HYPERLINK(\"x\")")),
                        "phone", "clients.error.phone"),
                new Refusal(() -> projects.create(new ProjectForm(f.clientId, "P" + TestUsers.unique(), null, null, Set.of(),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null)), "endDate", "clients.error.dates-order"),
                new Refusal(() -> projects.create(new ProjectForm(f.clientId, "P" + TestUsers.unique(), null, null, Set.of(),
                        null, null, null, new BigDecimal("-3"))), "budgetDays", "clients.error.amount-range"),
                new Refusal(() -> projects.create(new ProjectForm(f.clientId, "P" + TestUsers.unique(), null, null, Set.of(),
                        null, null, null, new BigDecimal("2.25"))), "budgetDays", "clients.error.amount-scale"),
                new Refusal(() -> tasks.create(new TaskForm(f.projectId, "t".repeat(201), null, null, null, null)), "title",
                        "validation.too-long"),
                new Refusal(() -> invoices.create(new InvoiceForm(f.clientId, null, "=1+1", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1), BigDecimal.ONE, BigDecimal.ONE, null)), "number", "clients.error.invoice-number"),
                new Refusal(() -> invoices.create(new InvoiceForm(f.clientId, null, "N" + TestUsers.unique(), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1), new BigDecimal("100"), new BigDecimal("99"), null)), "amountInclTax",
                        "clients.error.incl-below-excl"),
                new Refusal(() -> invoices.create(new InvoiceForm(f.clientId, null, "N" + TestUsers.unique(), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 1), new BigDecimal("0.001"), new BigDecimal("1"), null)), "amountExclTax",
                        "clients.error.amount-scale"),
                new Refusal(() -> invoices.create(new InvoiceForm(f.clientId, null, "N" + TestUsers.unique(), LocalDate.of(2026, 1, 1),
                        null, BigDecimal.ONE, BigDecimal.ONE, null)), "dueDate", "validation.required"));
        for (Refusal refusal : refusals) {
            assertThatThrownBy(() -> f.users.as(ClientFixtures.LEADERSHIP, refusal.call()))
                    .as(refusal.key()).isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.field()).isEqualTo(refusal.field());
                        assertThat(e.messageKey()).isEqualTo(refusal.key());
                    });
        }
    }
}
