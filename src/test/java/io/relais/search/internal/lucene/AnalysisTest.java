package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** French and English analysis: elisions, accents, plurals, stems, stop words, titles first. */
class AnalysisTest extends IndexFixture {

    @Override
    List<SearchEntry> entries() {
        return List.of(
                Entries.doc("1", "Rituels des equipes", "Les equipes se retrouvent chaque lundi pour le trio.", "fr"),
                Entries.doc("2", "Onboarding guide", "The newcomer is running through the checklists with a buddy.", "en"),
                Entries.doc("3", "Budget prévisionnel", "Hypothèses de croissance et dépenses de l'agence.", "fr"),
                Entries.doc("4", "Notes diverses", "On parle aussi des équipes dans ce document, une fois.", "fr"),
                Entries.doc("5", "Stratégie d'élaboration", "Élaborer les campagnes avec les clients.", "fr"));
    }

    private List<String> ids(String query) {
        return search.search(query, Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 20).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void frenchElisionAccentsAndPluralsMeetInTheMiddle() {
        assertThat(ids("l'équipe")).contains("1", "4");
        assertThat(ids("équipes")).contains("1", "4");
        assertThat(ids("EQUIPE")).contains("1", "4");
        assertThat(ids("prevision")).as("accent folding + light stemming").contains("3");
        assertThat(ids("depense")).contains("3");
        assertThat(ids("l'élaboration")).contains("5");
    }

    @Test
    void englishStemsAndPossessives() {
        assertThat(ids("run")).contains("2");
        assertThat(ids("checklist")).contains("2");
        assertThat(ids("newcomer's")).contains("2");
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        assertThat(ids("équipes")).first().isEqualTo("1");
    }

    @Test
    void stopWordsAreWelcomeButNeverRequired() {
        assertThat(ids("les équipes")).contains("1", "4");
        assertThat(ids("the onboarding")).containsExactly("2");
    }

    @Test
    void languageIsGuessedWhenNotDeclared() {
        assertThat(LanguageGuess.of("The team is working on the plan for the new client")).isEqualTo("en");
        assertThat(LanguageGuess.of("L'équipe travaille sur le plan pour les nouveaux clients")).isEqualTo("fr");
        index.upsert(Entries.doc("6", "Weekly planning", "We are planning the sprints with the designers", null));
        assertThat(ids("designer")).contains("6");
    }

    @Test
    void snippetsMarkStemmedAndFoldedMatchesInTheOriginalText() {
        SearchResults results = search.search("l'équipe", Map.of(), Entries.EVERYONE, SearchSort.RELEVANCE, 0, 20);
        SearchHit hit = results.hits().stream().filter(h -> h.id().equals("4")).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).contains("<mark>équipes</mark>");
        SearchHit titled = results.hits().stream().filter(h -> h.id().equals("1")).findFirst().orElseThrow();
        assertThat(titled.titleHtml()).isEqualTo("Rituels des <mark>equipes</mark>");
    }
}
