package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language, and hostile input that must never fail nor match everything by accident. */
class QuerySyntaxTest extends IndexFixture {

    @Override
    List<SearchEntry> entries() {
        return List.of(
                Entries.doc("1", "Plan marketing 2025", "Le plan marketing de la rentrée pour les clients.", "fr", "ARTICLE",
                        "Stratégie & Clients", List.of("marketing"), "Claire Fontaine", Instant.parse("2025-02-10T09:00:00Z"), Entries.EVERYONE),
                Entries.doc("2", "Compte rendu du trio", "Le marketing a présenté son plan; décision reportée.", "fr", "MINUTES",
                        "Toute l'agence", List.of("trio-du-lundi", "rituel"), "Lucas Bernard", Instant.parse("2024-06-03T09:00:00Z"), Entries.EVERYONE),
                Entries.doc("3", "Marketplace integration", "Integrating the marketplace API (v2) with C++ and node.js.", "en", "DECISION",
                        "Tech & Data", List.of("api"), "Nicolas Dupuis", Instant.parse("2023-11-20T09:00:00Z"), Entries.EVERYONE),
                Entries.doc("4", "Retour d'expérience", "Bilan de l'équipe projet. Chaque projet a son équipe.", "fr"));
    }

    private List<String> ids(String query) {
        return results(query).hits().stream().map(SearchHit::id).toList();
    }

    private SearchResults results(String query) {
        return search.search(query, Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 20);
    }

    @Test
    void plainWordsMustAllBeFound() {
        assertThat(ids("plan marketing")).containsExactlyInAnyOrder("1", "2");
        assertThat(ids("plan rentrée")).containsExactly("1");
    }

    @Test
    void phrasesExclusionsAndPrefixes() {
        assertThat(ids("\"plan marketing\"")).containsExactly("1");
        assertThat(ids("marketing -trio")).containsExactly("1");
        assertThat(ids("plan -\"compte rendu\"")).containsExactly("1");
        assertThat(ids("market*")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(ids("marketp*")).containsExactly("3");
    }

    @Test
    void phrasesInBodiesNeedTheirWordsSideBySide() {
        assertThat(ids("\"la rentrée pour\"")).containsExactly("1");
        assertThat(ids("\"l'Équipe projet\"")).containsExactly("4");
        assertThat(ids("\"equipe projet\"")).containsExactly("4");
        assertThat(ids("\"projet équipe\"")).as("both words, never side by side").isEmpty();
        assertThat(ids("\"rentrée marketing\"")).isEmpty();
        assertThat(results("\"son équipe\"").hits().getFirst().snippetHtml()).contains("<mark>son</mark> <mark>équipe</mark>");
    }

    @Test
    void filters() {
        assertThat(ids("plan kind:minutes")).containsExactly("2");
        assertThat(ids("plan kind:compte-rendu")).containsExactly("2");
        assertThat(ids("marketing space:strategie")).containsExactly("1");
        assertThat(ids("marketing space:\"Toute l'agence\"")).containsExactly("2");
        assertThat(ids("tag:rituel")).containsExactly("2");
        assertThat(ids("author:claire")).containsExactly("1");
        assertThat(ids("author:fontaine plan")).containsExactly("1");
        assertThat(ids("plan before:2025")).containsExactly("2");
        assertThat(ids("plan after:2024-12")).containsExactly("1");
        assertThat(ids("after:2023-11-19 before:2023-11-21")).containsExactly("3");
    }

    @Test
    void parsingIsLenient() {
        UserQuery query = UserQuery.parse("kind:nonsense before:someday \"open phrase");
        assertThat(query.words()).containsExactly("kind:nonsense", "before:someday", "open", "phrase");
        assertThat(query.kinds()).isEmpty();
        assertThat(query.before()).isNull();
        assertThat(UserQuery.parse("after:2024").after()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(UserQuery.parse("x".repeat(20_000)).words().getFirst()).hasSize(UserQuery.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"plan marketing", "plan\"", "*", "**", "-", "--", "- -", "\"\"", "-\"\"", "a*", "*plan",
            "plan AND OR NOT", "(plan", "plan)", "[1 TO 2]", "{x}", "plan^2", "plan~", "field:", ":", "\\", "/regex/",
            "+plan -", "&&", "||", "!", "?", "pl?n", "kind:", "space:\"", "tag:\"unclosed", "before:2025-13-45",
            "<script>alert(1)</script>", "' OR 1=1 --", "\u0000\u0001", "🔥🚀", "l'", "C++", "node.js", "%", "_"})
    void hostileQueriesNeverFail(String hostile) {
        assertThatCode(() -> results(hostile)).doesNotThrowAnyException();
        SearchResults results = results(hostile);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("<script"));
    }

    @Test
    void unbalancedQuotesDegradeToPlainWords() {
        assertThat(ids("\"plan marketing")).containsExactlyInAnyOrder("1", "2");
        assertThat(ids("rentrée \"plan")).containsExactly("1");
    }

    @Test
    void aLoneStarFindsNothingRatherThanEverything() {
        assertThat(results("*").total()).isZero();
        assertThat(results("-plan").total()).as("only exclusions select nothing to exclude from").isZero();
    }

    @Test
    void tenThousandCharacterQueriesAreCutAndAnswered() {
        String huge = "plan " + "marketing ".repeat(1_000);
        assertThat(huge.length()).isGreaterThan(10_000);
        long started = System.nanoTime();
        assertThat(ids(huge)).containsExactlyInAnyOrder("1", "2");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
        assertThatCode(() -> results("\"" + "x ".repeat(6_000))).doesNotThrowAnyException();
        assertThatCode(() -> results("*".repeat(10_000))).doesNotThrowAnyException();
    }

    @Test
    void luceneSpecialCharactersAreJustPunctuation() {
        assertThat(ids("C++")).containsExactly("3");
        assertThat(ids("API (v2)")).containsExactly("3");
        assertThat(ids("plan OR trio")).as("OR is a (stop) word, not an operator").containsExactly("2");
    }

    @Test
    void resultsAreSortedByDateOnRequest() {
        List<String> newest = search.search("market*", Map.of(), Entries.EVERYONE, SearchSort.NEWEST, 0, 20).hits()
                .stream().map(SearchHit::id).toList();
        assertThat(newest).containsExactly("1", "2", "3");
    }

    @Test
    void pagingWalksThroughTheResults() {
        SearchResults firstPage = search.search("market*", Map.of(), Entries.EVERYONE, SearchSort.NEWEST, 0, 2);
        SearchResults secondPage = search.search("market*", Map.of(), Entries.EVERYONE, SearchSort.NEWEST, 2, 2);
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.hits()).extracting(SearchHit::id).containsExactly("1", "2");
        assertThat(secondPage.hits()).extracting(SearchHit::id).containsExactly("3");
    }
}
