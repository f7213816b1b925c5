package io.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.IcalService;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.clients.Contact;
import io.relais.clients.ContactForm;
import io.relais.clients.InvoiceForm;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectStatus;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskService;
import io.relais.docs.AttachmentService;
import io.relais.docs.AttachmentSummary;
import io.relais.docs.CommentService;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.KindFields;
import io.relais.docs.SampleFiles;
import io.relais.docs.Visibility;
import io.relais.notifications.NotificationService;
import io.relais.people.PersonService;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import io.relais.search.SearchService;
import io.relais.security.AccountService;
import io.relais.security.ApiTokenService;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what, asked directly with somebody else's identifiers: for each role and resource,
 * a request by address (real HTTP on the running test server: the API, attachments, public
 * pages, iCalendar feeds) or by service call (what a Vaadin view would send) is answered only when
 * the rules allow it, and otherwise refused as "not found" or "not allowed", never served.
 * Views by role are {@code ViewAccessMatrixTest}'s; this is the object level (IDOR).
 *
 * <p>Lucas (employee, Tech &amp; Data) owns the resources; Nicolas is his teammate; Inès is in
 * another team; Claire is LEADERSHIP, Sophie HR, Julien ADMIN.
 */
@RelaisSpringTest
class AuthorizationMatrixTest {

    enum Actor {
        OWNER("lucas.bernard"), TEAMMATE("nicolas.dupuis"), OUTSIDER("ines.haddad"), LEADERSHIP("claire.fontaine"),
        HR("sophie.laurent"), ADMIN("julien.mercier"), ANONYMOUS(null);

        final String login;

        Actor(String login) {
            this.login = login;
        }

        String email() {
            return login + "@canopee.fr";
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    AttachmentService attachments;
    @Autowired
    CommentService comments;
    @Autowired
    HelpfulNoteService helpfulNotes;
    @Autowired
    CalendarService calendar;
    @Autowired
    IcalService ical;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    InvoiceService invoices;
    @Autowired
    TodoService todos;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SearchService search;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;

    TestUsers users;
    final Map<Actor, ApiClient> api = new EnumMap<>(Actor.class);
    final List<DynamicTest> checks = new ArrayList<>();

    private <T> T as(Actor actor, Supplier<T> work) {
        return users.as(actor.email(), work);
    }

    private void as(Actor actor, Runnable work) {
        users.as(actor.email(), work);
    }

    private long personId(Actor actor) {
        return as(Actor.ADMIN, () -> people.findByEmail(actor.email()).orElseThrow().id());
    }

    private void check(String name, Runnable assertion) {
        checks.add(DynamicTest.dynamicTest(name, assertion::run));
    }

    /** Runs the action as the actor and checks it is answered (allowed) or refused, never served by mistake. */
    private void service(Actor actor, String what, boolean allowed, Runnable action) {
        check(actor + " · " + what + " → " + (allowed ? "allowed" : "refused"), () -> {
            if (allowed) {
                as(actor, action);
            } else {
                assertThatThrownBy(() -> as(actor, action)).as(what)
                        .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class, UserFacingException.class);
            }
        });
    }

    /** An HTTP GET with the actor's API token (none for the anonymous), expecting exactly {@code status}. */
    private void http(Actor actor, String path, int status) {
        check(actor + " · GET " + path + " → " + status, () -> {
            HttpResponse<String> response = api.get(actor).get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyRoleIsRefusedWhatItMayNotSeeOrChange() {
        users = new TestUsers(context);
        for (Actor actor : Actor.values()) {
            api.put(actor, new ApiClient(port, actor == Actor.ANONYMOUS ? null
                    : as(actor, () -> tokens.create("AuthorizationMatrixTest", null).secret())));
        }
        documentsByVisibility();
        eventsAndFeeds();
        clientsContactsAndInvoices();
        personalItems();
        administration();
        return checks.stream();
    }

    private void documentsByVisibility() {
        String word = "zmatrix" + TestUsers.unique().replaceAll("[0-9]", "q");
        long tech = as(Actor.OWNER, () -> documents.spaces().stream().filter(s -> s.name().equals("Tech & Data"))
                .findFirst().orElseThrow().id());
        long claire = personId(Actor.LEADERSHIP);
        Map<Visibility, DocumentDetails> byVisibility = new LinkedHashMap<>();
        Map<Visibility, AttachmentSummary> files = new LinkedHashMap<>();
        for (Visibility visibility : Visibility.values()) {
            DocumentDetails document = as(Actor.OWNER, () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(tech,
                    visibility + " " + word, "Texte " + word, "fr", visibility, Set.of(),
                    visibility == Visibility.PEOPLE ? Set.of(claire) : Set.of(), null, KindFields.EMPTY)));
            byVisibility.put(visibility, document);
            files.put(visibility, as(Actor.OWNER, () -> attachments.upload(document.id(), visibility + ".pdf",
                    new ByteArrayInputStream(SampleFiles.pdf(word)))));
        }
        as(Actor.OWNER, () -> await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60)) // attachments are read first
                .until(() -> search.hits(io.relais.search.SearchRequest.of(word)).stream().map(hit -> hit.id())
                        .collect(java.util.stream.Collectors.toSet()).containsAll(byVisibility.values().stream()
                                .map(d -> Long.toString(d.id())).toList())));
        for (Actor actor : Actor.values()) {
            for (Visibility visibility : Visibility.values()) {
                DocumentDetails document = byVisibility.get(visibility);
                boolean reads = reads(actor, visibility);
                int expected = actor == Actor.ANONYMOUS ? 401 : reads ? 200 : 404;
                http(actor, "/api/docs/" + document.id(), expected);
                http(actor, "/api/docs/by-slug/" + document.slug(), expected);
                http(actor, "/api/attachments/" + files.get(visibility).id(), expected);
                if (actor != Actor.ANONYMOUS) {
                    check(actor + " · PUT /api/docs/" + visibility, () -> {
                        long version = as(Actor.ADMIN, () -> documents.get(document.id()).version());
                        HttpResponse<String> put = api.get(actor).put("/api/docs/" + document.id(),
                                Map.of("version", version, "title", visibility + " " + word));
                        assertThat(put.statusCode()).as(put.body())
                                .isEqualTo(edits(actor, visibility) ? 200 : reads ? 403 : 404);
                    });
                    check(actor + " · /api/search finds " + visibility + " → " + reads, () -> {
                        JsonNode found = ApiClient.json(api.get(actor).get("/api/search?q=" + word + "&size=10"));
                        List<String> ids = new ArrayList<>();
                        found.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
                        assertThat(ids.contains(Long.toString(document.id()))).isEqualTo(reads);
                        assertThat(found.get("total").asLong()).isEqualTo(ids.size());
                    });
                    service(actor, "comment on " + visibility, reads,
                            () -> comments.add(document.id(), "Lu " + word, "matrix-" + TestUsers.unique()));
                }
            }
        }
        for (Visibility visibility : Visibility.values()) {
            DocumentDetails document = byVisibility.get(visibility);
            int status = visibility == Visibility.PUBLIC ? 200 : 404;
            http(Actor.ANONYMOUS, "/kb/" + document.space().slug() + "/" + document.slug(), status);
            http(Actor.ANONYMOUS, "/attachments/" + files.get(visibility).id(), 302); // to the login page
        }
        check("ANONYMOUS · sitemap lists public documents only", () -> {
            String sitemap = api.get(Actor.ANONYMOUS).get("/sitemap.xml").body();
            assertThat(sitemap).contains(byVisibility.get(Visibility.PUBLIC).slug());
            List.of(Visibility.COMPANY, Visibility.SPACE, Visibility.PEOPLE)
                    .forEach(v -> assertThat(sitemap).doesNotContain(byVisibility.get(v).slug()));
        });
        long comment = as(Actor.OWNER, () -> comments.add(byVisibility.get(Visibility.COMPANY).id(), "Mon avis", "matrix-" + TestUsers.unique()).id());
        for (Actor actor : List.of(Actor.TEAMMATE, Actor.OUTSIDER, Actor.LEADERSHIP, Actor.HR)) {
            service(actor, "edit another's comment", false, () -> comments.edit(comment, "Réécrit"));
            service(actor, "delete another's comment", false, () -> comments.delete(comment));
            service(actor, "read the helpful notes of another's document", false,
                    () -> helpfulNotes.forOwner(byVisibility.get(Visibility.COMPANY).id(), 0, 10));
            if (actor != Actor.TEAMMATE) { // members of the space edit its company documents, attachments included
                service(actor, "delete another's attachment", false,
                        () -> attachments.delete(files.get(Visibility.COMPANY).id()));
            }
        }
    }

    private static boolean reads(Actor actor, Visibility visibility) {
        return switch (actor) {
            case OWNER, ADMIN -> true;
            case ANONYMOUS -> false;
            default -> switch (visibility) {
                case PUBLIC, COMPANY -> true;
                case SPACE -> actor == Actor.TEAMMATE;
                case PEOPLE -> actor == Actor.LEADERSHIP;
            };
        };
    }

    private static boolean edits(Actor actor, Visibility visibility) {
        return actor == Actor.OWNER || actor == Actor.ADMIN || (actor == Actor.TEAMMATE
                && (visibility == Visibility.SPACE || visibility == Visibility.COMPANY));
    }

    private void eventsAndFeeds() {
        String secret = "Entretien confidentiel " + TestUsers.unique();
        long owner = personId(Actor.OWNER);
        LocalDateTime start = LocalDate.now().plusDays(1).atTime(14, 0);
        long event = as(Actor.OWNER, () -> calendar.create(new EventForm(calendar.personalCalendar(owner).id(), secret,
                "Notes privées", start, start.plusHours(1), ZoneId.of("Europe/Paris"), false, null, null,
                EventVisibility.PRIVATE, List.of(), null, null, null)));
        String ownerFeed = as(Actor.OWNER, () -> ical.createFeed());
        String teammateFeed = as(Actor.TEAMMATE, () -> ical.createFeed());
        for (Actor actor : List.of(Actor.TEAMMATE, Actor.OUTSIDER, Actor.LEADERSHIP, Actor.HR)) {
            check(actor + " · a private event of another is only busy", () -> {
                EventDetails seen = as(actor, () -> calendar.event(event));
                assertThat(seen.busyOnly()).isTrue();
                assertThat(seen.title()).isNotEqualTo(secret);
                assertThat(seen.description()).isNull();
            });
            service(actor, "change another's private event", false, () -> {
                EventDetails current = as(Actor.OWNER, () -> calendar.event(event));
                calendar.update(event, current.version(), EventForm.timed(current.calendar().id(), "Pris", start,
                        start.plusHours(2), ZoneId.of("Europe/Paris")));
            });
        }
        check("OWNER · the private event is in full in the owner's feed", () ->
                assertThat(api.get(Actor.ANONYMOUS).get(path(ownerFeed)).body()).contains(secret.substring(0, 20)));
        check("ANONYMOUS · a teammate's feed never shows the private event", () ->
                assertThat(api.get(Actor.ANONYMOUS).get(path(teammateFeed)).body()).doesNotContain(secret.substring(0, 20)));
        http(Actor.ANONYMOUS, "/ical/" + "0".repeat(43) + ".ics", 404);
        check("OWNER · a revoked feed address answers 404", () -> {
            String old = as(Actor.OUTSIDER, () -> ical.createFeed());
            as(Actor.OUTSIDER, () -> ical.revokeFeed());
            assertThat(api.get(Actor.ANONYMOUS).get(path(old)).statusCode()).isEqualTo(404);
        });
    }

    private static String path(String feedUrl) {
        return feedUrl.substring(feedUrl.indexOf("/ical/"));
    }

    private void clientsContactsAndInvoices() {
        long lucas = personId(Actor.OWNER);
        long nicolas = personId(Actor.TEAMMATE);
        long client = as(Actor.LEADERSHIP, () -> clients.create(new ClientForm("Matrice " + TestUsers.unique(), null,
                ClientStatus.ACTIVE, lucas, null)));
        as(Actor.OWNER, () -> clients.addContact(client, new ContactForm("Denise", "DAF", null, "+33 1 23 45 67 89")));
        long project = as(Actor.OWNER, () -> projects.create(new ProjectForm(client, "Projet " + TestUsers.unique(), null,
                nicolas, Set.of(), null, null, ProjectStatus.ACTIVE, null)));
        long task = as(Actor.TEAMMATE, () -> tasks.create(new TaskForm(project, "Tâche", null, null, null, null)));
        long invoice = as(Actor.LEADERSHIP, () -> invoices.create(new InvoiceForm(client, project, "M-" + TestUsers.unique(),
                LocalDate.now(), LocalDate.now().plusDays(30), new BigDecimal("100.00"), new BigDecimal("120.00"),
                InvoiceStatus.SENT)));
        for (Actor actor : List.of(Actor.OWNER, Actor.TEAMMATE, Actor.OUTSIDER, Actor.LEADERSHIP, Actor.HR, Actor.ADMIN)) {
            boolean management = actor == Actor.LEADERSHIP || actor == Actor.ADMIN;
            service(actor, "read the invoice", management || actor == Actor.TEAMMATE, () -> invoices.get(invoice));
            service(actor, "change the invoice", management, () -> {
                var current = as(Actor.ADMIN, () -> invoices.get(invoice));
                invoices.update(invoice, current.version(), current.toForm());
            });
            service(actor, "edit the client", management || actor == Actor.OWNER, () -> {
                var current = as(Actor.ADMIN, () -> clients.get(client));
                clients.update(client, current.version(), current.toForm());
            });
            service(actor, "edit the project", management || actor == Actor.OWNER || actor == Actor.TEAMMATE, () -> {
                var current = as(Actor.ADMIN, () -> projects.get(project));
                projects.update(project, current.version(), current.toForm());
            });
            service(actor, "change a task of the project", management || actor == Actor.OWNER || actor == Actor.TEAMMATE,
                    () -> tasks.addChecklistItem(task, "Vérifier"));
            boolean phones = management || actor == Actor.OWNER || actor == Actor.TEAMMATE;
            check(actor + " · contact phone numbers → " + (phones ? "shown" : "hidden"), () -> {
                Contact contact = as(actor, () -> clients.contacts(client)).getFirst();
                assertThat(contact.phone() != null).isEqualTo(phones);
                assertThat(contact.phoneHidden()).isEqualTo(!phones);
            });
            check(actor + " · the client page lists invoices → " + (management || actor == Actor.TEAMMATE), () ->
                    assertThat(as(actor, () -> clients.overview(client)).invoices().isEmpty())
                            .isEqualTo(!(management || actor == Actor.TEAMMATE)));
        }
    }

    private void personalItems() {
        long todo = as(Actor.OWNER, () -> todos.add(TodoForm.titled("Personnel " + TestUsers.unique())).id());
        long token = as(Actor.OWNER, () -> tokens.myTokens().getFirst().id());
        long notification = SystemTask.runAs(List.of(Roles.ADMIN), () -> notifications.notify(personId(Actor.OWNER),
                "projects.notification.assigned", "/todos", "Système", "Matrice"));
        for (Actor actor : List.of(Actor.TEAMMATE, Actor.OUTSIDER, Actor.LEADERSHIP, Actor.HR, Actor.ADMIN)) {
            service(actor, "read another's to-do", false, () -> todos.get(todo));
            service(actor, "tick another's to-do", false, () -> todos.setDone(todo, true));
            service(actor, "delete another's to-do", false, () -> todos.delete(todo));
            service(actor, "revoke another's API token", false, () -> tokens.revoke(token));
            service(actor, "mark another's notification read", false, () -> notifications.markRead(notification));
        }
        check("OWNER · the to-do, the token and the notification are still his", () -> {
            assertThat(as(Actor.OWNER, () -> todos.get(todo).done())).isFalse();
            assertThat(as(Actor.OWNER, () -> tokens.myTokens()).stream().anyMatch(t -> t.id() == token)).isTrue();
        });
    }

    private void administration() {
        for (Actor actor : List.of(Actor.OWNER, Actor.TEAMMATE, Actor.OUTSIDER, Actor.LEADERSHIP, Actor.HR, Actor.ADMIN)) {
            boolean admin = actor == Actor.ADMIN;
            boolean management = admin || actor == Actor.LEADERSHIP;
            boolean hr = admin || actor == Actor.HR;
            service(actor, "read the search statistics", management, () -> search.insights(30));
            service(actor, "read the index status", admin, () -> search.status());
            service(actor, "change someone's directory entry", hr, () -> {
                var current = as(Actor.ADMIN, () -> people.get(personId(Actor.OUTSIDER)));
                people.update(current.id(), current.version(), current.toForm());
            });
            service(actor, "list the accounts", admin, () -> accounts.page("", 0, 1));
        }
    }
}
