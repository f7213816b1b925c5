package io.relais.search.internal;

import io.relais.platform.web.ApiController;
import io.relais.search.FacetCount;
import io.relais.search.SearchHit;
import io.relais.search.SearchLink;
import io.relais.search.SearchRequest;
import io.relais.search.SearchResults;
import io.relais.search.SearchService;
import io.relais.search.SearchSort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/search?q=...&kind=...&client=...&project=...&page=0&size=20&sort=relevance|newest}:
 * the same search, with the same permissions, as JSON for integrations. {@code kind} accepts the
 * query language's names ({@code article}, {@code minutes}, {@code person}, {@code client},
 * {@code task}...); {@code client} and {@code project} take a value of the facets of the same
 * name (a client's name, a project's {@code "Client — Project"}).
 */
@ApiController
@RequestMapping("/api/search")
class SearchApiController {

    static final int MAX_SIZE = 100;

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /** One hit: {@code slug} is set for documents; {@code client} and {@code project} when it is about them. */
    record ApiHit(String id, String type, String kind, String slug, String title, String space, String author,
            String path, float score, String snippet, String titleHighlighted, SearchLink client, SearchLink project) {
    }

    record ApiResults(String query, long total, int page, int size, List<ApiHit> hits,
            Map<String, List<FacetCount>> facets, String didYouMean) {
    }

    @GetMapping
    ApiResults search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "client", required = false) String client,
            @RequestParam(name = "project", required = false) String project,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestParam(name = "sort", defaultValue = "relevance") String sort) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, Math.min(page, SearchResults.MAX_WINDOW / pageSize));
        String query = kind == null || kind.isBlank() ? q : q + " kind:" + kind.strip().replaceAll("\\s+", "");
        Map<String, String> facets = new LinkedHashMap<>();
        if (client != null && !client.isBlank()) {
            facets.put("client", client.strip());
        }
        if (project != null && !project.isBlank()) {
            facets.put("project", project.strip());
        }
        SearchRequest request = new SearchRequest(query, facets,
                "newest".equalsIgnoreCase(sort) ? SearchSort.NEWEST : SearchSort.RELEVANCE, pageNumber * pageSize, pageSize);
        SearchResults results = search.search(request, SearchService.Channel.API);
        return new ApiResults(q, results.total(), pageNumber, pageSize,
                results.hits().stream().map(SearchApiController::hit).toList(), results.facets(), results.didYouMean());
    }

    private static ApiHit hit(SearchHit hit) {
        String slug = "document".equals(hit.type()) && hit.path() != null
                ? hit.path().substring(hit.path().lastIndexOf('/') + 1) : null;
        return new ApiHit(hit.id(), hit.type(), hit.kind(), slug, hit.title(), hit.space(), hit.author(), hit.path(),
                hit.score(), hit.snippetHtml(), hit.titleHtml(), hit.client(), hit.project());
    }
}
