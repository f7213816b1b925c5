package io.relais.search;

import static io.relais.search.SearchFixtures.awaitFound;
import static io.relais.search.SearchFixtures.form;
import static io.relais.search.SearchFixtures.space;
import static io.relais.search.SearchFixtures.typo;
import static io.relais.search.SearchFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.docs.As;
import io.relais.docs.AttachmentService;
import io.relais.docs.AttachmentSummary;
import io.relais.docs.DocumentChanged;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.search.internal.SearchIndexer;
import io.relais.search.internal.lucene.LuceneIndex;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Search through the secured service on the shared database: permissions in hits, counts,
 * facets, suggestions and corrections; the index following saves within a second; catching up
 * from incomplete event publications; rebuilding while people search; analytics.
 */
@RelaisSpringTest
class SearchServiceTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    SearchService search;
    @Autowired
    DocumentService documents;
    @Autowired
    AttachmentService attachments;
    @Autowired
    PersonService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    LuceneIndex index;
    @Autowired
    IncompleteEventPublications incompletePublications;
    @Autowired
    JdbcTemplate jdbc;

    private As as() {
        return new As(users);
    }

    private DocumentDetails write(String login, String title, String body, Visibility visibility, Set<Long> readers,
            Set<String> tags) {
        return as().user(login, () -> documents.create(DocumentKind.ARTICLE,
                form(space(documents, TECH), title, body, visibility, readers, tags)));
    }

    private SearchResults searchAs(String login, String query) {
        return searchAs(login, query, Map.of());
    }

    private SearchResults searchAs(String login, String query, Map<String, String> facets) {
        return as().user(login, () -> search.search(new SearchRequest(query, facets, SearchSort.RELEVANCE, 0, 20),
                SearchService.Channel.UI));
    }

    private long personId(String login) {
        return as().user("lucas.bernard", () -> people.findByHandle(login).orElseThrow().id());
    }

    @Test
    void aSavedDocumentIsSearchableWithinASecond() {
        String word = word();
        DocumentDetails saved = write("lucas.bernard", "Compte rendu " + word, "Notes " + word, Visibility.COMPANY, Set.of(), Set.of());
        long committed = System.nanoTime();
        as().run("nicolas.dupuis", () -> awaitFound(search, word, 1));
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertThat(millis).as("from commit to searchable").isLessThan(1_000);
        SearchHit hit = searchAs("nicolas.dupuis", word).hits().getFirst();
        assertThat(hit.id()).isEqualTo(Long.toString(saved.id()));
        assertThat(hit.path()).isEqualTo(saved.path());
        assertThat(hit.titleHtml()).contains("<mark>" + word + "</mark>");
    }

    @Test
    void aPrivateDocumentNeverReachesAnOutsiderInHitsCountsFacetsSuggestionsOrCorrections() {
        String secret = word();
        String shared = word();
        long claire = personId("claire.fontaine");
        write("lucas.bernard", "Rachat " + secret, "Le rachat " + secret + " reste entre nous. " + shared,
                Visibility.PEOPLE, Set.of(claire), Set.of("tag-" + secret));
        write("lucas.bernard", "Note publique " + shared, "Tout le monde lit " + shared, Visibility.COMPANY, Set.of(),
                Set.of("public-" + shared));
        as().run("lucas.bernard", () -> awaitFound(search, secret, 1));
        as().run("lucas.bernard", () -> awaitFound(search, shared, 2));

        for (String outsider : List.of("ines.haddad", "nicolas.dupuis")) {
            assertThat(searchAs(outsider, secret).total()).as(outsider).isZero();
            assertThat(searchAs(outsider, secret).hits()).isEmpty();
            assertThat(searchAs(outsider, "tag:tag-" + secret).total()).isZero();
            assertThat(searchAs(outsider, "", Map.of("tag", "tag-" + secret)).total()).isZero();
            SearchResults sharedResults = searchAs(outsider, shared);
            assertThat(sharedResults.total()).as("only the public one is counted").isEqualTo(1);
            assertThat(sharedResults.hits()).allSatisfy(hit -> assertThat(hit.title() + hit.snippetHtml()).doesNotContain(secret));
            assertThat(sharedResults.facets().get("tag")).extracting(FacetCount::value).doesNotContain("tag-" + secret);
            assertThat(sharedResults.facets().get("kind")).extracting(FacetCount::count).containsExactly(1L);
            assertThat(as().user(outsider, () -> search.suggest("Rachat " + secret.substring(0, 6)))).isEmpty();
            assertThat(as().user(outsider, () -> search.suggest(secret.substring(0, 5))))
                    .extracting(Suggestion::label).noneMatch(label -> label.contains(secret));
            SearchResults typo = searchAs(outsider, typo(secret));
            assertThat(typo.total()).isZero();
            assertThat(typo.didYouMean()).isNull();
        }
        for (String reader : List.of("lucas.bernard", "claire.fontaine", "julien.mercier")) {
            assertThat(searchAs(reader, secret).total()).as(reader).isEqualTo(1);
            assertThat(searchAs(reader, shared).facets().get("tag")).extracting(FacetCount::value).contains("tag-" + secret);
            assertThat(as().user(reader, () -> search.suggest("Rachat " + secret.substring(0, 6))))
                    .extracting(Suggestion::label).containsExactly("Rachat " + secret);
        }
        SearchResults corrected = searchAs("claire.fontaine", typo(secret));
        assertThat(corrected.didYouMean()).isEqualTo(secret);
    }

    @Test
    void spaceDocumentsAreFoundByTheSpaceMembersOnly() {
        String word = word();
        write("lucas.bernard", "Astreinte " + word, "Procédure " + word, Visibility.SPACE, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, word, 1));
        assertThat(searchAs("nicolas.dupuis", word).total()).isEqualTo(1);
        assertThat(searchAs("julien.mercier", word).total()).isEqualTo(1);
        assertThat(searchAs("ines.haddad", word).total()).isZero();
        assertThat(searchAs("claire.fontaine", word).total()).isZero();
    }

    @Test
    void aDocumentIsFoundByTheTextOfItsAttachmentsUntilTheAttachmentIsRemoved() {
        String word = word();
        DocumentDetails doc = write("lucas.bernard", "Compte rendu atelier", "Voir la pièce jointe.", Visibility.COMPANY,
                Set.of(), Set.of());
        AttachmentSummary notes = as().user("lucas.bernard", () -> attachments.upload(doc.id(), "notes.txt",
                new ByteArrayInputStream(("Relevé de l'atelier : " + word).getBytes(StandardCharsets.UTF_8))));
        as().run("ines.haddad", () -> awaitFound(search, word, 1));
        as().run("lucas.bernard", () -> attachments.delete(notes.id()));
        as().run("ines.haddad", () -> awaitFound(search, word, 0));
    }

    @Test
    void editsAndDeletionsFollowTheDocument() {
        String before = word();
        String after = word();
        DocumentDetails doc = write("lucas.bernard", "Procédure", "Ancien " + before, Visibility.COMPANY, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, before, 1));
        as().run("lucas.bernard", () -> documents.update(doc.id(), doc.version(), doc.toForm().withBody("Nouveau " + after)));
        as().run("lucas.bernard", () -> awaitFound(search, after, 1));
        assertThat(searchAs("lucas.bernard", before).total()).isZero();
        as().run("lucas.bernard", () -> documents.delete(doc.id()));
        as().run("lucas.bernard", () -> awaitFound(search, after, 0));
    }

    @Test
    void anIndexerThatDiedBeforeFinishingCatchesUpFromTheIncompletePublication() {
        String word = word();
        DocumentDetails doc = write("lucas.bernard", "Relance " + word, "Texte " + word, Visibility.COMPANY, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, word, 1));

        // the crash: the index lost the write and the registry never heard the listener finish
        index.delete(SearchEntry.key("document", Long.toString(doc.id())));
        int reopened = jdbc.update("""
                update event_publication set completion_date = null, status = 'PUBLISHED'
                where event_type like '%DocumentChanged' and listener_id like '%ChangeListeners%'
                and serialized_event like ?""", "%\"documentId\":" + doc.id() + ",%");
        assertThat(reopened).isPositive();
        assertThat(searchAs("lucas.bernard", word).total()).isZero();

        // what start-up does with outstanding publications
        incompletePublications.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof DocumentChanged changed && changed.documentId() == doc.id());
        as().run("lucas.bernard", () -> awaitFound(search, word, 1));
    }

    @Test
    void aRebuildRunsInTheBackgroundWhileSearchKeepsAnswering() {
        String word = word();
        write("lucas.bernard", "Pendant la reconstruction " + word, word, Visibility.COMPANY, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, word, 1));
        indexer.awaitRebuild();
        boolean started = as().user("julien.mercier", () -> search.rebuild());
        assertThat(started).isTrue();
        int searches = 0;
        while (as().user("julien.mercier", () -> search.status()).rebuilding()) {
            assertThat(searchAs("ines.haddad", word).total()).as("answered during the rebuild").isEqualTo(1);
            searches++;
        }
        indexer.awaitRebuild();
        assertThat(searches).isPositive();
        IndexStatus status = as().user("julien.mercier", () -> search.status());
        assertThat(status.lastError()).isNull();
        assertThat(status.lastRebuild()).isNotNull();
        assertThat(status.entries()).isGreaterThan(50);
        assertThat(searchAs("ines.haddad", word).total()).isEqualTo(1);
        assertThatThrownBy(() -> as().user("lucas.bernard", () -> search.rebuild())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void peopleAreFoundByEveryoneAndLeaveTheIndexWhenDeactivated() {
        String last = TestData.uniqueName();
        long id = TestData.person(people, "Gaspard", last);
        as().run("ines.haddad", () -> awaitFound(search, last, 1));
        SearchHit hit = searchAs("ines.haddad", "gaspard " + last).hits().getFirst();
        assertThat(hit.kind()).isEqualTo("PERSON");
        assertThat(hit.path()).isEqualTo("/people/" + id);
        assertThat(searchAs("ines.haddad", "Fontaine kind:person").hits()).extracting(SearchHit::title).contains("Claire Fontaine");
        SystemTask.runAs(List.of(Roles.HR), () -> {
            people.deactivate(id);
            return null;
        });
        as().run("ines.haddad", () -> awaitFound(search, last, 0));
    }

    @Test
    void searchesAndClicksFeedTheInsightsOfLeadership() {
        String missing = word();
        String found = word();
        write("lucas.bernard", "Guide " + found, found, Visibility.COMPANY, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, found, 1));
        // the insights list the ten most searched queries and misses, and other tests' searches
        // share the log: these two are searched more often than any of them
        SearchInsights before = as().user("claire.fontaine", () -> search.insights(30));
        assertThat(searchAs("lucas.bernard", missing).queryId()).isPositive();
        for (long i = 0; i < Math.max(5, mostSearched(before.zeroResultQueries())); i++) {
            searchAs("ines.haddad", missing);
        }
        SearchResults results = searchAs("nicolas.dupuis", found);
        as().run("nicolas.dupuis", () -> search.recordClick(results.queryId(), results.hits().getFirst().key(), 0));
        for (long i = 0; i < Math.max(1, mostSearched(before.topQueries())); i++) {
            searchAs("ines.haddad", found);
        }

        SearchInsights insights = as().user("claire.fontaine", () -> search.insights(30));
        assertThat(insights.zeroResultQueries()).extracting(SearchInsights.QueryCount::query).contains(missing);
        assertThat(insights.topQueries()).filteredOn(q -> q.query().equals(found)).singleElement()
                .satisfies(q -> assertThat(q.people()).isEqualTo(2));
        assertThat(insights.searchesWithClick()).isPositive();
        assertThat(insights.clickThrough()).isNotEmpty();
        assertThatThrownBy(() -> as().user("lucas.bernard", () -> search.insights(30))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from search_query where user_hash like ?", Long.class, "%lucas%"))
                .as("people are stored as hashes").isZero();
    }

    private static long mostSearched(List<SearchInsights.QueryCount> queries) {
        return queries.stream().mapToLong(SearchInsights.QueryCount::searches).max().orElse(0);
    }

    @Test
    void popularQueriesAreSuggestedOnlyWhenSeveralPeopleTypedThemAndTheyFindSomethingForTheReader() {
        String open = word();
        String hidden = word();
        write("lucas.bernard", "Ouvert " + open, open, Visibility.COMPANY, Set.of(), Set.of());
        write("lucas.bernard", "Fermé " + hidden, hidden, Visibility.SPACE, Set.of(), Set.of());
        as().run("lucas.bernard", () -> awaitFound(search, open, 1));
        as().run("lucas.bernard", () -> awaitFound(search, hidden, 1));
        searchAs("lucas.bernard", open + " guide");
        assertThat(as().user("ines.haddad", () -> search.suggest(open.substring(0, 6))))
                .as("one person's query is not suggested").noneMatch(s -> s.type() == Suggestion.Type.QUERY);
        searchAs("lucas.bernard", open);
        searchAs("nicolas.dupuis", open);
        searchAs("lucas.bernard", hidden);
        searchAs("nicolas.dupuis", hidden);
        assertThat(as().user("ines.haddad", () -> search.suggest(open.substring(0, 6))))
                .contains(new Suggestion(Suggestion.Type.QUERY, open, null, null));
        assertThat(as().user("ines.haddad", () -> search.suggest(hidden.substring(0, 6))))
                .as("a popular query that finds nothing for the reader").isEmpty();
        assertThat(as().user("ines.haddad", () -> search.suggest("z"))).as("one character").isEmpty();
    }
}
