package io.relais.search.internal.lucene;

import io.relais.search.FacetCount;
import io.relais.search.SearchHit;
import io.relais.search.SearchLink;
import io.relais.search.SearchResults;
import io.relais.search.SearchSort;
import io.relais.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs searches on the index: the hits of one page with highlighted titles and snippets, facet
 * counts, typo tolerance and "did you mean", and title suggestions as one types. Every query
 * carries the reader's audience filter, so nothing here can see an entry the reader may not.
 */
public final class IndexSearch {

    private static final int MAX_WINDOW = SearchResults.MAX_WINDOW;
    private static final int FACET_VALUES = 12;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int SNIPPET_MAX_CHARS = 320;
    private static final SnippetScorer SNIPPETS = new SnippetScorer();
    private static final Sort NEWEST_FIRST = new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true));

    private final LuceneIndex index;
    private final QueryFactory queries = new QueryFactory();
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public IndexSearch(LuceneIndex index) {
        this.index = index;
        spelling.setMinPrefix(1);
        spelling.setMaxEdits(2);
    }

    public QueryFactory queries() {
        return queries;
    }

    /**
     * One page of results. If the strict query finds nothing, the words that no readable entry
     * contains are matched loosely (typo tolerance) and a corrected query is proposed when it
     * finds something.
     */
    public SearchResults search(String original, Map<String, String> facets, Collection<String> audience,
            SearchSort sort, int offset, int limit) {
        UserQuery query = UserQuery.parse(original);
        if (query.isEmpty() && facets.isEmpty()) {
            return SearchResults.empty();
        }
        return index.read(searcher -> {
            try {
                Query strictText = queries.text(query, Set.of());
                SearchResults results = page(searcher, strictText, queries.build(query, strictText, facets, audience),
                        false, sort, offset, limit, null);
                if (results.total() > 0 || query.words().isEmpty()) {
                    return results;
                }
                Set<String> fuzzy = unknownWords(searcher, query, facets, audience);
                if (fuzzy.isEmpty()) {
                    return results;
                }
                String didYouMean = didYouMean(searcher, query, original, fuzzy, facets, audience);
                // rewritten once into the index words the typos match (at most 50 per typed word): the
                // search and the highlighter share them, and the highlighter marks those words instead
                // of running a Levenshtein automaton over every snippet
                Query fuzzyText = queries.text(query, fuzzy);
                if (fuzzyText != null) {
                    fuzzyText = searcher.rewrite(fuzzyText);
                }
                return page(searcher, fuzzyText, queries.build(query, fuzzyText, facets, audience), true, sort, offset,
                        limit, didYouMean);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The page's hits and the facets over all matches, in one visit of every match (the exact
     * total and the facets need them all; a separate unscored pass plus a top-hits pass that skips
     * was tried and cost as much, phrases twice as much). Highlighting each half of the page and
     * counting the facets are independent, so they run side by side on the searcher's threads.
     */
    private SearchResults page(IndexSearcher searcher, Query text, Query effective, boolean fuzzy, SearchSort sort,
            int offset, int limit, String didYouMean) throws IOException {
        int from = Math.max(0, Math.min(offset, MAX_WINDOW));
        int size = Math.max(1, Math.min(limit, MAX_WINDOW - from));
        FacetsCollectorManager.FacetsResult result = sort == SearchSort.NEWEST
                ? FacetsCollectorManager.search(searcher, effective, from + size, NEWEST_FIRST, true,
                        new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, effective, from + size, new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        FacetsCollector matches = result.facetsCollector();
        long total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        ScoreDoc[] window = from >= top.scoreDocs.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        int half = (window.length + 1) / 2;
        List<Callable<Object>> parts = List.of(() -> hits(searcher, Arrays.copyOfRange(window, 0, half), text),
                () -> hits(searcher, Arrays.copyOfRange(window, half, window.length), text),
                () -> facets(searcher, matches));
        List<Object> done = searcher.getTaskExecutor().invokeAll(parts);
        @SuppressWarnings("unchecked")
        List<SearchHit> hits = new ArrayList<>((List<SearchHit>) done.get(0));
        @SuppressWarnings("unchecked")
        List<SearchHit> rest = (List<SearchHit>) done.get(1);
        hits.addAll(rest);
        @SuppressWarnings("unchecked")
        Map<String, List<FacetCount>> facets = (Map<String, List<FacetCount>>) done.get(2);
        return new SearchResults(total, hits, facets, didYouMean, fuzzy, 0);
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] window, Query text) throws IOException {
        if (window.length == 0) {
            return List.of();
        }
        Map<String, String[]> highlights = Map.of();
        if (text != null) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.perField())
                    .withMaskedFieldsFunc(field -> switch (field) {
                        case Fields.TITLE -> Set.of(Fields.TITLE_FR, Fields.TITLE_EN);
                        case Fields.BODY -> Set.of(Fields.BODY_FR, Fields.BODY_EN);
                        default -> Set.of();
                    })
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withScorer(SNIPPETS)
                    .withMaxNoHighlightPassages(1)
                    .withHandleMultiTermQuery(true)
                    .withHighlightPhrasesStrictly(true)
                    // the query's terms looked up per field rather than its Weight asked per document:
                    // the latter opened fresh postings for every term, field and hit, the most
                    // garbage a search made, for a page 15 % slower (phrases are marked word by word)
                    .withWeightMatches(false)
                    .build();
            int[] docIds = Arrays.stream(window).mapToInt(hit -> hit.doc).toArray();
            highlights = highlighter.highlightFields(new String[] {Fields.TITLE, Fields.BODY}, text, docIds,
                    new int[] {1, SNIPPET_PASSAGES});
        }
        List<SearchHit> hits = new ArrayList<>(window.length);
        for (int i = 0; i < window.length; i++) {
            Document stored = searcher.storedFields().document(window[i].doc);
            String title = stored.get(Fields.TITLE);
            String titleHtml = highlighted(highlights, Fields.TITLE, i, title);
            String snippet = highlighted(highlights, Fields.BODY, i, stored.get(Fields.BODY));
            List<String> tags = Arrays.stream(stored.getFields(Fields.TAG)).map(IndexableField::stringValue).toList();
            hits.add(new SearchHit(stored.get(Fields.KEY), stored.get(Fields.TYPE), stored.get(Fields.ID),
                    stored.get(Fields.KIND_STORED), title, titleHtml, shorten(snippet), stored.get(Fields.PATH),
                    stored.get(Fields.SPACE), stored.get(Fields.AUTHOR), tags,
                    Instant.ofEpochMilli(stored.getField(Fields.UPDATED).numericValue().longValue()),
                    Float.isNaN(window[i].score) ? 0f : window[i].score,
                    link(stored, Fields.CLIENT, Fields.CLIENT_PATH), link(stored, Fields.PROJECT, Fields.PROJECT_PATH)));
        }
        return hits;
    }

    private static SearchLink link(Document stored, String labelField, String pathField) {
        String label = stored.get(labelField);
        return label == null ? null : new SearchLink(label, stored.get(pathField));
    }

    private static String highlighted(Map<String, String[]> highlights, String field, int i, String fallback) {
        String[] values = highlights.get(field);
        if (values != null && values[i] != null && !values[i].isBlank()) {
            return values[i];
        }
        String text = fallback == null ? "" : fallback;
        return escape(text.length() > SNIPPET_MAX_CHARS ? text.substring(0, SNIPPET_MAX_CHARS) + " …" : text);
    }

    /** Cuts an over-long snippet without breaking a {@code <mark>} or an entity. */
    private static String shorten(String html) {
        if (html.length() <= SNIPPET_MAX_CHARS * 2) {
            return html;
        }
        int cut = html.lastIndexOf(' ', SNIPPET_MAX_CHARS * 2);
        String head = html.substring(0, cut < 0 ? SNIPPET_MAX_CHARS * 2 : cut);
        int open = head.lastIndexOf("<mark>");
        if (open > head.lastIndexOf("</mark>")) {
            head = head + "</mark>";
        }
        int amp = head.lastIndexOf('&');
        if (amp > head.lastIndexOf(';')) {
            head = head.substring(0, amp);
        }
        return head + " …";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return Map.of();
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (String dimension : SearchResults.FACETS) {
            if (state.getOrdRange(dimension) == null) {
                continue;
            }
            FacetResult top = counts.getTopChildren(FACET_VALUES, dimension);
            if (top == null) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            for (LabelAndValue value : top.labelValues) {
                values.add(new FacetCount(value.label, value.value.longValue()));
            }
            if (Fields.FACET_YEAR.equals(dimension)) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            result.put(dimension, values);
        }
        return result;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facets());
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    /** Words no readable entry contains: only they are matched loosely. */
    private Set<String> unknownWords(IndexSearcher searcher, UserQuery query, Map<String, String> facets,
            Collection<String> audience) throws IOException {
        Set<String> unknown = new LinkedHashSet<>();
        for (String word : query.words()) {
            Query alone = queries.build(wordOnly(word), Set.of(), facets, audience);
            if (!FirstMatch.any(searcher, alone)) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /**
     * A corrected query built from the index vocabulary, offered only if it finds readable
     * entries: a word that exists only in entries the reader may not open is never suggested.
     */
    private String didYouMean(IndexSearcher searcher, UserQuery query, String original, Set<String> unknown,
            Map<String, String> facets, Collection<String> audience) throws IOException {
        if (unknown.isEmpty()) {
            return null;
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        for (String word : unknown) {
            List<String> tokens = queries.tokens(word);
            if (tokens.size() != 1 || tokens.getFirst().length() < 3) {
                continue;
            }
            SuggestWord[] candidates = spelling.suggestSimilar(new Term(Fields.ALL, tokens.getFirst()), 5,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord candidate : candidates) {
                Query check = queries.build(wordOnly(candidate.string), Set.of(), facets, audience);
                if (FirstMatch.any(searcher, check)) {
                    replacements.put(word, candidate.string);
                    break;
                }
            }
        }
        if (replacements.isEmpty()) {
            return null;
        }
        UserQuery corrected = new UserQuery(query.words().stream().map(w -> replacements.getOrDefault(w, w)).toList(),
                query.phrases(), query.prefixes(), query.excluded(), query.kinds(), query.spaces(), query.tags(),
                query.authors(), query.clients(), query.projects(), query.before(), query.after());
        if (!FirstMatch.any(searcher, queries.build(corrected, Set.of(), facets, audience))) {
            return null;
        }
        return query.withWordsReplaced(replacements, original);
    }

    private static UserQuery wordOnly(String word) {
        return new UserQuery(List.of(word), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    /**
     * Titles starting with (or containing a word starting with) what was typed, best first,
     * among entries the reader may open.
     */
    public List<Suggestion> titles(String typed, Collection<String> audience, int limit) {
        Query text = queries.titlePrefix(typed.length() > UserQuery.MAX_LENGTH ? typed.substring(0, UserQuery.MAX_LENGTH) : typed);
        if (text == null) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (audience != null) {
            query.add(QueryFactory.audience(audience), Occur.FILTER);
        }
        return index.read(searcher -> {
            try {
                TopDocs top = searcher.search(query.build(), limit);
                List<Suggestion> result = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document stored = searcher.storedFields().document(hit.doc,
                            Set.of(Fields.TITLE, Fields.PATH, Fields.KIND_STORED));
                    result.add(new Suggestion(Suggestion.Type.TITLE, stored.get(Fields.TITLE),
                            stored.get(Fields.KIND_STORED), stored.get(Fields.PATH)));
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How many readable entries a query finds. */
    public long count(String text, Collection<String> audience) {
        UserQuery query = UserQuery.parse(text);
        if (query.isEmpty()) {
            return 0;
        }
        return index.read(searcher -> {
            try {
                return (long) searcher.count(queries.build(query, Set.of(), Map.of(), audience));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
