package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typos: loose matching of unknown words, and "did you mean" from the index's own vocabulary. */
class TypoToleranceTest extends IndexFixture {

    @Override
    List<SearchEntry> entries() {
        return List.of(
                Entries.doc("1", "Onboarding des nouveaux", "Le parcours d'intégration dure trois semaines.", "fr"),
                Entries.doc("2", "Facturation client", "Les factures partent le premier lundi du mois.", "fr"),
                Entries.doc("3", "Projet confidentiel", "Le rachat de Zorglubcorp est en cours.", "fr", "DECISION", "Direction",
                        List.of(), "Claire Fontaine", java.time.Instant.parse("2025-01-01T00:00:00Z"), Set.of("docs:person:1")));
    }

    private SearchResults results(String query) {
        return search.search(query, Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 20);
    }

    @Test
    void aMisspelledWordStillFindsAndProposesTheRightSpelling() {
        SearchResults results = results("integrasion");
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly("1");
        assertThat(results.fuzzy()).isTrue();
        assertThat(results.didYouMean()).isEqualTo("integration");
        assertThat(results.hits().getFirst().snippetHtml()).as("the word the typo matched is marked")
                .contains("intégration</mark>");
    }

    @Test
    void oneTypoAmongCorrectWords() {
        SearchResults results = results("factures lnudi");
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly("2");
        assertThat(results.didYouMean()).isEqualTo("factures lundi");
    }

    @Test
    void correctlySpelledQueriesAreNotLoosened() {
        SearchResults results = results("facturation");
        assertThat(results.fuzzy()).isFalse();
        assertThat(results.didYouMean()).isNull();
    }

    @Test
    void neverSuggestsAWordOnlyFoundInEntriesTheReaderMayNotOpen() {
        SearchResults results = results("zorglubcorq");
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isNull();
        SearchResults owner = search.search("zorglubcorq", Map.of(), Set.of("docs:person:1"), SearchSort.RELEVANCE, 0, 20);
        assertThat(owner.didYouMean()).isEqualTo("zorglubcorp");
        assertThat(owner.hits()).extracting(SearchHit::id).containsExactly("3");
    }
}
