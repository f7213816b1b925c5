package io.relais.search.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.search.FacetCount;
import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import io.relais.search.Suggestion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facet counts, and the audience filter inside every query: hits, totals, facets, paging, suggestions. */
class FacetAndPermissionTest extends IndexFixture {

    private static final Set<String> OUTSIDER = Set.of("everyone", "docs:person:9", "docs:space:2");
    private static final Set<String> MEMBER = Set.of("everyone", "docs:person:8", "docs:space:1");

    @Override
    List<SearchEntry> entries() {
        Instant y2024 = Instant.parse("2024-05-01T00:00:00Z");
        Instant y2025 = Instant.parse("2025-05-01T00:00:00Z");
        return List.of(
                Entries.doc("1", "Roadmap produit", "Roadmap du trimestre.", "fr", "ARTICLE", "Tech", List.of("roadmap", "produit"),
                        "Lucas Bernard", y2025, Set.of("everyone")),
                Entries.doc("2", "Roadmap recrutement", "Roadmap des embauches.", "fr", "DECISION", "RH", List.of("roadmap"),
                        "Sophie Laurent", y2024, Set.of("everyone")),
                Entries.doc("3", "Roadmap secrète", "Roadmap du rachat confidentiel.", "fr", "DECISION", "Direction",
                        List.of("roadmap", "rachat"), "Claire Fontaine", y2025, Set.of("docs:space:1", "docs:admin")));
    }

    private SearchResults results(String query, Map<String, String> facets, Set<String> audience) {
        return search.search(query, facets, audience, SearchSort.RELEVANCE, 0, 20);
    }

    private static Map<String, Long> counts(SearchResults results, String facet) {
        return results.facets().getOrDefault(facet, List.of()).stream()
                .collect(java.util.stream.Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void facetsCountTheResults() {
        SearchResults results = results("roadmap", Map.of(), MEMBER);
        assertThat(results.total()).isEqualTo(3);
        assertThat(counts(results, "kind")).containsExactlyInAnyOrderEntriesOf(Map.of("ARTICLE", 1L, "DECISION", 2L));
        assertThat(counts(results, "tag")).containsExactlyInAnyOrderEntriesOf(Map.of("roadmap", 3L, "produit", 1L, "rachat", 1L));
        assertThat(counts(results, "year")).containsExactlyInAnyOrderEntriesOf(Map.of("2025", 2L, "2024", 1L));
        assertThat(counts(results, "author")).containsEntry("Claire Fontaine", 1L);
        assertThat(results.facets().get("year")).extracting(FacetCount::value).containsExactly("2025", "2024");
    }

    @Test
    void clickingAFacetFilters() {
        SearchResults decisions = results("roadmap", Map.of("kind", "DECISION"), MEMBER);
        assertThat(decisions.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("2", "3");
        assertThat(counts(decisions, "space")).containsExactlyInAnyOrderEntriesOf(Map.of("RH", 1L, "Direction", 1L));
        assertThat(results("roadmap", Map.of("year", "2024"), MEMBER).hits()).extracting(SearchHit::id).containsExactly("2");
        assertThat(results("roadmap", Map.of("space", "Direction", "tag", "rachat"), MEMBER).total()).isEqualTo(1);
        assertThat(results("", Map.of("author", "Sophie Laurent"), MEMBER).hits()).extracting(SearchHit::id).containsExactly("2");
    }

    @Test
    void anOutsiderNeverSeesThePrivateEntryAnywhere() {
        SearchResults results = results("roadmap", Map.of(), OUTSIDER);
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("1", "2");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml() + hit.titleHtml()).doesNotContain("rachat", "secrète"));
        assertThat(counts(results, "tag")).doesNotContainKey("rachat").containsEntry("roadmap", 2L);
        assertThat(counts(results, "space")).doesNotContainKey("Direction");
        assertThat(counts(results, "author")).doesNotContainKey("Claire Fontaine");
        assertThat(counts(results, "kind")).containsEntry("DECISION", 1L);
        assertThat(results("rachat", Map.of(), OUTSIDER).total()).isZero();
        assertThat(results("rachat", Map.of(), OUTSIDER).didYouMean()).isNull();
        assertThat(results("", Map.of("tag", "rachat"), OUTSIDER).total()).isZero();
        assertThat(search.search("roadmap", Map.of(), OUTSIDER, SearchSort.RELEVANCE, 1, 20).hits()).hasSize(1);
        assertThat(search.titles("roadmap s", OUTSIDER, 10)).isEmpty();
        assertThat(search.titles("road", OUTSIDER, 10)).extracting(Suggestion::label)
                .containsExactlyInAnyOrder("Roadmap produit", "Roadmap recrutement");
        assertThat(search.count("rachat", OUTSIDER)).isZero();
    }

    @Test
    void membersAndAdministratorsFindIt() {
        assertThat(results("rachat", Map.of(), MEMBER).hits()).extracting(SearchHit::id).containsExactly("3");
        assertThat(results("rachat", Map.of(), Set.of("docs:admin")).total()).isEqualTo(1);
        assertThat(search.titles("roadmap s", MEMBER, 10)).extracting(Suggestion::label).containsExactly("Roadmap secrète");
    }
}
