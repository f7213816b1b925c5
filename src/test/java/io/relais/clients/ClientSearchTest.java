package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relais.ApiClient;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.search.FacetCount;
import io.relais.search.SearchHit;
import io.relais.search.SearchLink;
import io.relais.search.SearchRequest;
import io.relais.search.SearchResults;
import io.relais.search.SearchService;
import io.relais.search.SearchSort;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import io.relais.security.AccountService;
import io.relais.security.ApiTokenService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Search finds clients, contacts, projects and tasks with the rules of their services, follows
 * their changes, and filters everything (documents included) by client and project through
 * facets whose counts only ever include what the reader may open.
 */
@RelaisSpringTest
class ClientSearchTest {

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
    @Autowired
    SearchService search;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccountService accounts;
    @LocalServerPort
    int port;

    ClientFixtures f;

    @BeforeEach
    void setUp() {
        f = new ClientFixtures(new TestUsers(context), clients, projects);
    }

    /** A made-up word of letters only, found in nothing else of the shared database. */
    private static String word() {
        StringBuilder word = new StringBuilder("zk");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    private SearchResults searchAs(String login, String query, Map<String, String> facets) {
        return f.users.as(login, () -> search.search(new SearchRequest(query, facets, SearchSort.RELEVANCE, 0, 50),
                SearchService.Channel.UI));
    }

    private List<SearchHit> hitsAs(String login, String query, Map<String, String> facets) {
        return f.users.as(login, () -> search.hits(new SearchRequest(query, facets, SearchSort.RELEVANCE, 0, 50)));
    }

    /** Waits (at most 5 s, the index follows commits asynchronously) until the hits satisfy the condition. */
    private void awaitHits(String login, String query, Map<String, String> facets, Predicate<List<SearchHit>> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> condition.test(hitsAs(login, query, facets)));
    }

    private static long count(SearchResults results, String facet, String value) {
        return results.facets().getOrDefault(facet, List.of()).stream().filter(c -> c.value().equals(value))
                .mapToLong(FacetCount::count).sum();
    }

    private DocumentDetails document(String login, String title, Visibility visibility) {
        return f.users.as(login, () -> documents.create(DocumentKind.FEEDBACK, new DocumentForm(
                documents.writableSpaces().getFirst().id(), title, "Retour du client", "fr", visibility, Set.of(),
                Set.of(), null, KindFields.EMPTY)));
    }

    private String projectLabel() {
        return IndexableClientItem.projectLabel(f.clientName, f.users.as(f.outsider.email(), () -> projects.get(f.projectId)).name());
    }

    @Test
    void everyPersonFindsClientsContactsProjectsAndTasksLeadingToTheirPages() {
        String word = word();
        f.users.as(ClientFixtures.LEADERSHIP, () -> clients.update(f.clientId, clients.get(f.clientId).version(),
                new ClientForm(f.clientName, "Industrie", ClientStatus.ACTIVE, f.accountOwner.personId(), "Notes " + word)));
        long contact = f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Jeanne Martin", "Directrice " + word, "jeanne@example.org", null)));
        f.users.as(f.accountOwner.email(), () -> {
            ProjectForm current = projects.get(f.projectId).toForm();
            return projects.update(f.projectId, projects.get(f.projectId).version(), new ProjectForm(current.clientId(),
                    current.name(), "Refonte " + word, current.ownerId(), current.memberIds(), current.startDate(),
                    current.endDate(), current.status(), current.budgetDays()));
        });
        long task = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Maquettes " + word, null,
                f.member.personId(), null, TaskPriority.HIGH)));

        awaitHits(f.outsider.email(), word, Map.of(), hits -> hits.size() == 4);
        SearchResults results = searchAs(f.outsider.email(), word, Map.of());
        assertThat(results.hits()).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder("CLIENT", "CONTACT", "PROJECT", "TASK");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.client()).isEqualTo(
                new SearchLink(f.clientName, TaskPaths.client(f.clientId))));
        SearchHit taskHit = results.hits().stream().filter(h -> h.kind().equals("TASK")).findFirst().orElseThrow();
        assertThat(taskHit.path()).isEqualTo(TaskPaths.of(task));
        assertThat(taskHit.project()).isEqualTo(new SearchLink(projectLabel(), TaskPaths.project(f.projectId)));
        assertThat(taskHit.author()).as("the person responsible: the assignee").contains("Mila");
        assertThat(results.hits()).filteredOn(h -> h.kind().equals("CONTACT")).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.id()).isEqualTo(Long.toString(contact));
                    assertThat(hit.path()).as("a contact opens its client").isEqualTo(TaskPaths.client(f.clientId));
                });
        assertThat(results.hits()).filteredOn(h -> h.kind().equals("PROJECT")).singleElement()
                .satisfies(hit -> assertThat(hit.path()).isEqualTo(TaskPaths.project(f.projectId)));
        assertThat(results.facets().get("kind")).extracting(FacetCount::value)
                .containsExactlyInAnyOrder("CLIENT", "CONTACT", "PROJECT", "TASK");
        assertThat(count(results, "client", f.clientName)).isEqualTo(4);
        assertThat(searchAs(f.outsider.email(), "kind:task " + word, Map.of()).hits()).extracting(SearchHit::kind)
                .containsExactly("TASK");
    }

    @Test
    void phoneNumbersAndInvoicesWhichOnlySomePeopleSeeAreNeverSearchable() {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        String word = word();
        f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Paul " + word, null, null, "+33 6 " + digits)));
        String number = "F" + digits;
        f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.create(new InvoiceForm(f.clientId, f.projectId, number,
                LocalDate.now(), LocalDate.now().plusDays(30), new java.math.BigDecimal("10.00"),
                new java.math.BigDecimal("12.00"), InvoiceStatus.SENT)));
        awaitHits(f.outsider.email(), word, Map.of(), hits -> hits.size() == 1);

        for (String login : List.of(f.outsider.email(), f.accountOwner.email(), ClientFixtures.LEADERSHIP, ClientFixtures.ADMIN)) {
            assertThat(searchAs(login, digits, Map.of()).total()).as(login + " by phone").isZero();
            assertThat(searchAs(login, number, Map.of()).total()).as(login + " by invoice number").isZero();
            assertThat(searchAs(login, word, Map.of()).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.snippetHtml()).doesNotContain(digits));
        }
    }

    @Test
    void aTechnicalAccountWithoutAPersonFindsNoClientItemsAsTheServicesRefuseIt() {
        String word = word();
        f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Relance " + word, null, null, null, null)));
        awaitHits(f.outsider.email(), word, Map.of(), hits -> hits.size() == 1);
        String technical = "tech-" + TestUsers.unique() + "@tests.relais.io";
        SystemTask.runAsAdmin(() -> accounts.createTechnicalAdmin(technical, TestUsers.PASSWORD));

        assertThatThrownBy(() -> f.users.as(technical, () -> clients.get(f.clientId)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("error.no-person"));
        assertThat(searchAs(technical, word, Map.of()).total()).isZero();
        assertThat(searchAs(technical, "", Map.of("client", f.clientName)).total()).isZero();
        assertThat(f.users.as(technical, () -> search.suggest("Relance " + word.substring(0, 4)))).isEmpty();
    }

    @Test
    void filteringByClientOrProjectShowsItsDocumentsTooCountingOnlyWhatTheReaderMayOpen() {
        String word = word();
        f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId, new ContactForm("Contact " + word, null, null, null)));
        long task = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Tâche " + word, null, null, null, null)));
        DocumentDetails open = document(f.member.email(), "Compte rendu " + word, Visibility.COMPANY);
        DocumentDetails secret = document(f.member.email(), "Confidentiel " + word, Visibility.PEOPLE);
        DocumentDetails unrelated = document(f.member.email(), "Sans client " + word, Visibility.COMPANY);
        f.users.as(f.member.email(), () -> documents.linkToClient(open.id(), f.clientId, f.projectId));
        f.users.as(f.member.email(), () -> documents.linkToClient(secret.id(), f.clientId, null));
        String project = projectLabel();
        Map<String, String> byClient = Map.of("client", f.clientName);

        awaitHits(f.member.email(), "", byClient, hits -> hits.size() == 6);
        assertThat(hitsAs(f.member.email(), "", byClient)).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder("CLIENT", "CONTACT", "PROJECT", "TASK", "FEEDBACK", "FEEDBACK");

        SearchResults outsider = searchAs(f.outsider.email(), "", byClient);
        assertThat(outsider.total()).isEqualTo(5);
        assertThat(outsider.hits()).extracting(SearchHit::id).contains(Long.toString(open.id()), Long.toString(task))
                .doesNotContain(Long.toString(secret.id()), Long.toString(unrelated.id()));
        assertThat(count(outsider, "kind", "FEEDBACK")).as("the private document is not counted").isEqualTo(1);
        assertThat(count(outsider, "client", f.clientName)).isEqualTo(5);
        SearchResults outsiderByWord = searchAs(f.outsider.email(), word, Map.of());
        assertThat(count(outsiderByWord, "client", f.clientName)).as("facet counts of a text search").isEqualTo(3);
        assertThat(count(searchAs(f.member.email(), word, Map.of()), "client", f.clientName)).isEqualTo(4);

        SearchResults byProject = searchAs(f.outsider.email(), "", Map.of("project", project));
        assertThat(byProject.hits()).extracting(SearchHit::kind).containsExactlyInAnyOrder("PROJECT", "TASK", "FEEDBACK");
        assertThat(byProject.hits()).filteredOn(h -> h.kind().equals("FEEDBACK")).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.path()).isEqualTo(open.path());
                    assertThat(hit.client()).isEqualTo(new SearchLink(f.clientName, TaskPaths.client(f.clientId)));
                    assertThat(hit.project()).isEqualTo(new SearchLink(project, TaskPaths.project(f.projectId)));
                });
        assertThat(searchAs(f.outsider.email(), word + " client:\"" + f.clientName + "\"", Map.of()).total())
                .as("the client: filter of the query language").isEqualTo(3);
    }

    @Test
    void changesRenamesAndRemovalsReachTheIndex() {
        String before = word();
        String after = word();
        long task = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Étape " + before, null, null, null, null)));
        long contact = f.users.as(f.accountOwner.email(), () -> clients.addContact(f.clientId,
                new ContactForm("Interlocuteur " + before, null, null, null)));
        DocumentDetails linked = document(f.member.email(), "Réunion " + before, Visibility.COMPANY);
        f.users.as(f.member.email(), () -> documents.linkToClient(linked.id(), f.clientId, null));
        awaitHits(f.outsider.email(), before, Map.of(), hits -> hits.size() == 3);

        f.users.as(f.member.email(), () -> tasks.update(task, tasks.get(task).version(),
                new TaskForm(f.projectId, "Étape " + after, null, null, null, null)));
        f.users.as(f.accountOwner.email(), () -> clients.removeContact(contact));
        awaitHits(f.outsider.email(), before, Map.of(), hits -> hits.size() == 1);
        assertThat(hitsAs(f.outsider.email(), before, Map.of())).extracting(SearchHit::id)
                .containsExactly(Long.toString(linked.id()));
        assertThat(hitsAs(f.outsider.email(), after, Map.of())).extracting(SearchHit::id).containsExactly(Long.toString(task));

        String renamed = "Renommé " + TestUsers.unique();
        f.users.as(f.accountOwner.email(), () -> clients.update(f.clientId, clients.get(f.clientId).version(),
                new ClientForm(renamed, null, ClientStatus.ACTIVE, f.accountOwner.personId(), null)));
        awaitHits(f.outsider.email(), "", Map.of("client", renamed), hits -> hits.size() == 4);
        assertThat(hitsAs(f.outsider.email(), "", Map.of("client", renamed))).extracting(SearchHit::kind)
                .as("the client, its project, its task and its document carry the new name")
                .containsExactlyInAnyOrder("CLIENT", "PROJECT", "TASK", "FEEDBACK");
        assertThat(hitsAs(f.outsider.email(), "", Map.of("client", f.clientName))).isEmpty();
        assertThat(hitsAs(f.outsider.email(), after, Map.of()).getFirst().project().label())
                .startsWith(renamed + " — ");
    }

    @Test
    void theApiFiltersByClientAndProjectAndLinksHitsToTheirPages() {
        String word = word();
        long task = f.users.as(f.member.email(), () -> tasks.create(new TaskForm(f.projectId, "Livraison " + word, null, null, null, null)));
        DocumentDetails secret = document(f.member.email(), "Note " + word, Visibility.PEOPLE);
        f.users.as(f.member.email(), () -> documents.linkToClient(secret.id(), f.clientId, f.projectId));
        awaitHits(f.member.email(), word, Map.of(), hits -> hits.size() == 2);
        ApiClient api = new ApiClient(port, f.users.as(f.outsider.email(), () -> tokens.create("ClientSearchTest", null).secret()));

        HttpResponse<String> response = api.get("/api/search?q=" + word + "&client="
                + URLEncoder.encode(f.clientName, StandardCharsets.UTF_8) + "&project="
                + URLEncoder.encode(projectLabel(), StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = ApiClient.json(response);
        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("type").asString()).isEqualTo("task");
        assertThat(hit.get("path").asString()).isEqualTo(TaskPaths.of(task));
        assertThat(hit.get("client").get("path").asString()).isEqualTo(TaskPaths.client(f.clientId));
        assertThat(hit.get("project").get("label").asString()).isEqualTo(projectLabel());
        assertThat(json.get("facets").get("client").toString()).contains(f.clientName).contains("\"count\":1");
        assertThat(response.body()).doesNotContain("Note " + word);
        assertThat(ApiClient.json(api.get("/api/search?q=" + word + "&client=nobody-" + word)).get("total").asLong()).isZero();
    }
}
