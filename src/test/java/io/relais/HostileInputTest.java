package io.relais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.EventForm;
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
import io.relais.clients.TaskDetails;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskService;
import io.relais.docs.CommentService;
import io.relais.docs.CommentView;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentFilter;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.people.PersonDetails;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.UserFacingException;
import io.relais.platform.db.PendingEvents;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.search.SearchRequest;
import io.relais.search.SearchService;
import io.relais.security.ApiTokenService;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every text field of every form's service receives the whole hostile corpus ({@link
 * HostileStrings}). A value is either refused with a translated error naming its field (then the
 * field gets a plain value and the form is sent again, so the other fields are still tested), or
 * stored and read back intact; Markdown comes back rendered without active content. Any other
 * exception (a server error) fails the test.
 */
@RelaisSpringTest
class HostileInputTest {

    private static final String ADMIN = "julien.mercier@canopee.fr";
    private static final String LEADERSHIP = "claire.fontaine@canopee.fr";

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    CommentService comments;
    @Autowired
    HelpfulNoteService helpfulNotes;
    @Autowired
    CalendarService calendar;
    @Autowired
    TodoService todos;
    @Autowired
    PersonService people;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    InvoiceService invoices;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SearchService search;
    @Autowired
    PendingEvents pendingEvents;
    @Autowired
    RelaisI18NProvider translations;

    TestUsers users;
    TestUsers.User writer;

    /** How a field keeps what was typed, as its service documents it. */
    enum Kept {
        /** {@code TextInput}: trimmed, no-break spaces included; blank is no value. */
        ONE_LINE {
            @Override
            String expected(String typed) {
                String trimmed = typed.replaceAll("^[\\p{Z}\\t\\n\\x0B\\f\\r\\x1C-\\x1F]+|[\\p{Z}\\t\\n\\x0B\\f\\r\\x1C-\\x1F]+$", "");
                return trimmed.isEmpty() ? null : trimmed;
            }
        },
        /** Trimmed by {@link String#strip()}; blank is no value. */
        STRIPPED {
            @Override
            String expected(String typed) {
                return typed.isBlank() ? null : typed.strip();
            }
        },
        /** Trimmed by {@link String#strip()}, NUL characters (which no editor produces) dropped. */
        STRIPPED_WITHOUT_NUL {
            @Override
            String expected(String typed) {
                String text = typed.strip().replace("\u0000", "");
                return text.isEmpty() ? null : text;
            }
        },
        /** A document body: as typed, NUL characters (which no editor produces) dropped. */
        BODY {
            @Override
            String expected(String typed) {
                return typed.replace("\u0000", "");
            }
        };

        abstract String expected(String typed);
    }

    /** A field of a form; {@code kept} {@code null} when it only reads back rendered (checked for active content). */
    record Field(String name, Kept kept) {
    }

    /** Thousands of writes queue thousands of index commits: the next tests must not wait behind them. */
    @AfterEach
    void letTheIndexCatchUp() {
        EventBacklog.awaitDrained(pendingEvents, Duration.ofMinutes(15));
    }

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        writer = users.createUser("Hostile", "EMPLOYEE");
    }

    /**
     * Sends the vector in every field (made unique by {@code suffix} where names must be), and
     * checks what the form stored: {@code save} sends the values and answers what reads back.
     */
    private void roundTrip(String form, String vector, String suffix, List<Field> fields,
            Function<Map<String, String>, Map<String, String>> save) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), vector + suffix));
        List<String> refused = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            try {
                Map<String, String> stored = save.apply(values);
                for (Field field : fields) {
                    if (!refused.contains(field.name()) && field.kept() != null) {
                        assertThat(stored.get(field.name()))
                                .as("%s.%s kept %s", form, field.name(), HostileStrings.describe(vector))
                                .isEqualTo(nullToEmpty(field.kept().expected(vector + suffix)));
                    }
                }
                return;
            } catch (UserFacingException refusal) {
                assertThat(attempt).as("%s refused %s again and again", form, HostileStrings.describe(vector))
                        .isLessThan(fields.size());
                assertThat(values).as("%s refused %s for field %s", form, HostileStrings.describe(vector), refusal.field())
                        .containsKey(refusal.field());
                assertTranslated(refusal);
                refused.add(refusal.field());
                values.put(refusal.field(), "Plain-" + TestUsers.unique());
            } catch (RuntimeException serverError) {
                fail("%s failed on %s with %s".formatted(form, HostileStrings.describe(vector), serverError), serverError);
            }
        }
    }

    private void assertTranslated(UserFacingException refusal) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertThat(translations.getTranslation(refusal.messageKey(), locale, refusal.arguments()))
                    .as("%s in %s", refusal.messageKey(), locale).doesNotStartWith("!");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Test
    void documentsCommentsAndHelpfulNotesKeepEveryVectorAndRenderNoActiveContent() {
        users.as(writer.email(), () -> {
            long space = documents.writableSpaces().getFirst().id();
            DocumentDetails document = documents.create(DocumentKind.ARTICLE, new DocumentForm(space, "Hostile",
                    "Body", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY));
            long id = document.id();
            long comment = comments.add(id, "First comment", "hostile-" + TestUsers.unique()).id();
            for (String vector : HostileStrings.corpus()) {
                roundTrip("document", vector, "", List.of(new Field("title", Kept.ONE_LINE), new Field("body", Kept.BODY)),
                        values -> {
                            DocumentDetails saved = documents.update(id, documents.get(id).version(), new DocumentForm(space,
                                    values.get("title"), values.get("body"), "fr", Visibility.COMPANY, Set.of(), Set.of(),
                                    null, KindFields.EMPTY));
                            HostileStrings.assertNoActiveContent(saved.html());
                            DocumentDetails read = documents.get(id);
                            return Map.of("title", read.title(), "body", read.body());
                        });
                roundTrip("comment", vector, "", List.of(new Field("body", Kept.STRIPPED_WITHOUT_NUL)), values -> {
                    HostileStrings.assertNoActiveContent(comments.edit(comment, values.get("body")).html());
                    CommentView read = comments.list(id, 0, 10).stream().filter(c -> c.id() == comment).findFirst()
                            .orElseThrow();
                    HostileStrings.assertNoActiveContent(read.html());
                    return Map.of("body", read.body());
                });
                assertThat(documents.browse(new DocumentFilter(null, null, null, null, vector), 0, 5)).isNotNull();
                assertThat(documents.count(new DocumentFilter(null, null, null, null, vector))).isNotNegative();
            }
        });
        long owned = users.as(writer.email(), () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                documents.writableSpaces().getFirst().id(), "Hostile notes", "Body", "fr", Visibility.COMPANY, Set.of(),
                Set.of(), null, KindFields.EMPTY)).id());
        TestUsers.User reader = users.createUser("Reader", "EMPLOYEE");
        users.as(reader.email(), () -> {
            for (String vector : HostileStrings.corpus()) {
                roundTrip("helpful note", vector, "", List.of(new Field("reason", Kept.STRIPPED_WITHOUT_NUL)), values -> {
                    helpfulNotes.answer(owned, false, values.get("reason"));
                    return Map.of("reason", nullToEmpty(helpfulNotes.mine(owned).orElseThrow().reason()));
                });
            }
        });
    }

    @Test
    void clientsContactsProjectsTasksAndInvoicesKeepEveryVector() {
        long client = users.as(LEADERSHIP, () -> clients.create(new ClientForm("Hostile " + TestUsers.unique(), null,
                ClientStatus.ACTIVE, writer.personId(), null)));
        long contact = users.as(writer.email(), () -> clients.addContact(client, new ContactForm("Contact", null, null, null)));
        long project = users.as(writer.email(), () -> projects.create(new ProjectForm(client, "Projet " + TestUsers.unique(),
                null, writer.personId(), Set.of(), null, null, ProjectStatus.ACTIVE, null)));
        long task = users.as(writer.email(), () -> tasks.create(new TaskForm(project, "Tâche", null, null, null, null)));
        // the commented tasks live elsewhere: renaming a client or project re-indexes all its tasks,
        // and hundreds of renames over hundreds of tasks would only measure the indexer
        long quietClient = users.as(LEADERSHIP, () -> clients.create(new ClientForm("Commentaires " + TestUsers.unique(), null,
                ClientStatus.ACTIVE, writer.personId(), null)));
        long commentedTasksProject = users.as(writer.email(), () -> projects.create(new ProjectForm(quietClient,
                "Commentaires " + TestUsers.unique(), null, writer.personId(), Set.of(), null, null, ProjectStatus.ACTIVE, null)));
        long invoice = users.as(LEADERSHIP, () -> invoices.create(new InvoiceForm(client, project, "H-" + TestUsers.unique(),
                LocalDate.now(), LocalDate.now().plusDays(30), new BigDecimal("10.00"), new BigDecimal("12.00"),
                InvoiceStatus.DRAFT)));
        users.as(writer.email(), () -> {
            for (String vector : HostileStrings.corpus()) {
                String unique = " #" + TestUsers.unique();
                roundTrip("client", vector, unique, List.of(new Field("name", Kept.ONE_LINE), new Field("sector", Kept.ONE_LINE),
                        new Field("notes", Kept.STRIPPED)), values -> {
                            clients.update(client, clients.get(client).version(), new ClientForm(values.get("name"),
                                    values.get("sector"), ClientStatus.ACTIVE, writer.personId(), values.get("notes")));
                            var saved = clients.get(client);
                            HostileStrings.assertNoActiveContent(saved.notesHtml());
                            return Map.of("name", saved.name(), "sector", nullToEmpty(saved.sector()),
                                    "notes", nullToEmpty(saved.notes()));
                        });
                roundTrip("contact", vector, "", List.of(new Field("name", Kept.ONE_LINE), new Field("role", Kept.ONE_LINE)),
                        values -> {
                            Contact current = clients.contacts(client).stream().filter(k -> k.id() == contact).findFirst().orElseThrow();
                            clients.updateContact(contact, current.version(), new ContactForm(values.get("name"),
                                    values.get("role"), null, null));
                            Contact saved = clients.contacts(client).stream().filter(k -> k.id() == contact).findFirst().orElseThrow();
                            return Map.of("name", saved.name(), "role", nullToEmpty(saved.role()));
                        });
                roundTrip("project", vector, unique, List.of(new Field("name", Kept.ONE_LINE),
                        new Field("description", Kept.STRIPPED)), values -> {
                            projects.update(project, projects.get(project).version(), new ProjectForm(client,
                                    values.get("name"), values.get("description"), writer.personId(), Set.of(), null, null,
                                    ProjectStatus.ACTIVE, null));
                            var saved = projects.get(project);
                            HostileStrings.assertNoActiveContent(saved.descriptionHtml());
                            return Map.of("name", saved.name(), "description", nullToEmpty(saved.description()));
                        });
                roundTrip("task", vector, "", List.of(new Field("title", Kept.ONE_LINE), new Field("description", Kept.STRIPPED)),
                        values -> {
                            tasks.update(task, tasks.get(task).version(), new TaskForm(project,
                                    values.get("title"), values.get("description"), null, null, null));
                            TaskDetails saved = tasks.get(task);
                            HostileStrings.assertNoActiveContent(saved.descriptionHtml());
                            return Map.of("title", saved.title(), "description", nullToEmpty(saved.description()));
                        });
                // one task per comment: a task page renders its whole thread
                long commented = tasks.create(new TaskForm(commentedTasksProject, "Commentée", null, null, null, null));
                roundTrip("task comment", vector, "", List.of(new Field("comment", null)), values -> {
                    long comment = tasks.comment(commented, values.get("comment"));
                    HostileStrings.assertNoActiveContent(tasks.get(commented).comments().stream()
                            .filter(c -> c.id() == comment).findFirst().orElseThrow().html());
                    return Map.of();
                });
                roundTrip("checklist", vector, "", List.of(new Field("checklist", Kept.ONE_LINE)), values -> {
                    tasks.addChecklistItem(task, values.get("checklist"));
                    var checklist = tasks.get(task).checklist();
                    String text = checklist.getLast().text();
                    tasks.removeChecklistItem(task, checklist.getLast().position());
                    return Map.of("checklist", text);
                });
            }
        });
        users.as(LEADERSHIP, () -> {
            for (String vector : HostileStrings.corpus()) {
                roundTrip("invoice", vector, "-" + TestUsers.unique(), List.of(new Field("number", Kept.ONE_LINE)), values -> {
                    var current = invoices.get(invoice);
                    invoices.update(invoice, current.version(), new InvoiceForm(client, project,
                            values.get("number"), current.issueDate(), current.dueDate(), current.amountExclTax(),
                            current.amountInclTax(), current.status()));
                    return Map.of("number", invoices.get(invoice).number());
                });
            }
        });
    }

    @Test
    void peopleEventsTodosApiTokensAndSearchesKeepEveryVector() {
        users.as(ADMIN, () -> {
            for (String vector : HostileStrings.corpus()) {
                roundTrip("person", vector, "", List.of(new Field("firstName", Kept.ONE_LINE), new Field("lastName", Kept.ONE_LINE),
                        new Field("jobTitle", Kept.ONE_LINE), new Field("location", Kept.ONE_LINE)), values -> {
                            PersonDetails current = people.get(writer.personId());
                            people.update(current.id(), current.version(), new PersonForm(values.get("firstName"),
                                    values.get("lastName"), current.email(), values.get("jobTitle"), current.teamId(), null,
                                    current.startDate(), values.get("location"), current.timeZone().getId()));
                            PersonDetails saved = people.get(writer.personId());
                            return Map.of("firstName", saved.firstName(), "lastName", saved.lastName(),
                                    "jobTitle", nullToEmpty(saved.jobTitle()), "location", nullToEmpty(saved.location()));
                        });
            }
        });
        users.as(writer.email(), () -> {
            long calendarId = calendar.personalCalendar(writer.personId()).id();
            LocalDateTime start = LocalDate.now().plusDays(3).atTime(10, 0);
            long event = calendar.create(EventForm.timed(calendarId, "Hostile", start, start.plusHours(1), ZoneId.of("Europe/Paris")));
            for (String vector : HostileStrings.corpus()) {
                roundTrip("event", vector, "", List.of(new Field("title", Kept.STRIPPED), new Field("description", Kept.STRIPPED),
                        new Field("location", Kept.STRIPPED)), values -> {
                            EventDetails current = calendar.event(event);
                            calendar.update(event, current.version(), new EventForm(calendarId, values.get("title"),
                                    values.get("description"), start, start.plusHours(1), ZoneId.of("Europe/Paris"), false,
                                    values.get("location"), null, current.visibility(), List.of(), null, null, null));
                            EventDetails saved = calendar.event(event);
                            if (saved.descriptionHtml() != null) {
                                HostileStrings.assertNoActiveContent(saved.descriptionHtml());
                            }
                            return Map.of("title", saved.title(), "description", nullToEmpty(saved.description()),
                                    "location", nullToEmpty(saved.location()));
                        });
                roundTrip("to-do", vector, "", List.of(new Field("title", Kept.ONE_LINE)), values -> {
                    TodoItem item = todos.add(TodoForm.titled(values.get("title")));
                    return Map.of("title", todos.get(item.id()).title());
                });
                roundTrip("API token", vector, "", List.of(new Field("name", Kept.ONE_LINE)), values -> {
                    long id = tokens.create(values.get("name"), null).token().id();
                    String name = tokens.myTokens().stream().filter(t -> t.id() == id).findFirst().orElseThrow().name();
                    tokens.revoke(id);
                    return Map.of("name", name);
                });
                assertThat(search.search(SearchRequest.of(vector), SearchService.Channel.UI).total()).isNotNegative();
                assertThat(search.suggest(vector)).isNotNull();
            }
        });
    }
}
