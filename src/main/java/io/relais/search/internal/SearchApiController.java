package io.relais.search.internal;

import io.relais.platform.web.ApiController;
import io.relais.search.FacetCount;
import io.relais.search.SearchHit;
import io.relais.search.SearchRequest;
import io.relais.search.SearchResults;
import io.relais.search.SearchService;
import io.relais.search.SearchSort;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/search?q=...&kind=...&page=0&size=20&sort=relevance|newest}: the same search,
 * with the same permissions, as JSON for integrations. {@code kind} accepts the query
 * language's names ({@code article}, {@code minutes}, {@code person}...).
 */
@ApiController
@RequestMapping("/api/search")
class SearchApiController {

    static final int MAX_SIZE = 100;

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /** One hit: {@code slug} is set for documents. */
    record ApiHit(String id, String type, String kind, String slug, String title, String space, String author,
            String path, float score, String snippet, String titleHighlighted) {
    }

    record ApiResults(String query, long total, int page, int size, List<ApiHit> hits,
            Map<String, List<FacetCount>> facets, String didYouMean) {
    }

    @GetMapping
    ApiResults search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestParam(name = "sort", defaultValue = "relevance") String sort) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, Math.min(page, SearchResults.MAX_WINDOW / pageSize));
        String query = kind == null || kind.isBlank() ? q : q + " kind:" + kind.strip().replaceAll("\\s+", "");
        SearchRequest request = new SearchRequest(query, Map.of(),
                "newest".equalsIgnoreCase(sort) ? SearchSort.NEWEST : SearchSort.RELEVANCE, pageNumber * pageSize, pageSize);
        SearchResults results = search.search(request, SearchService.Channel.API);
        return new ApiResults(q, results.total(), pageNumber, pageSize,
                results.hits().stream().map(SearchApiController::hit).toList(), results.facets(), results.didYouMean());
    }

    private static ApiHit hit(SearchHit hit) {
        String slug = "document".equals(hit.type()) && hit.path() != null
                ? hit.path().substring(hit.path().lastIndexOf('/') + 1) : null;
        return new ApiHit(hit.id(), hit.type(), hit.kind(), slug, hit.title(), hit.space(), hit.author(), hit.path(),
                hit.score(), hit.snippetHtml(), hit.titleHtml());
    }
}
