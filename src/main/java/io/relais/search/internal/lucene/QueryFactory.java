package io.relais.search.internal.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from a {@link UserQuery}. A word is looked for in the French, English
 * and plain analyses of titles (boosted) and bodies, the best field counting; a phrase and a
 * prefix in the plain analysis; filters, clicked facets and the reader's audience as
 * non-scoring filters, so counts, facets and pages only ever see readable entries.
 */
public final class QueryFactory {

    static final float TITLE_BOOST = 3f;
    private static final float PLAIN_TITLE_BOOST = 2f;
    private static final float PLAIN_BODY_BOOST = 0.8f;

    private final Analyzer plain = Analyzers.of("plain");
    private final Analyzer pairsAnalyzer = Analyzers.of("pairs");
    private final QueryBuilder french = new QueryBuilder(Analyzers.of("fr"));
    private final QueryBuilder english = new QueryBuilder(Analyzers.of("en"));
    private final QueryBuilder plainBuilder = new QueryBuilder(plain);

    /**
     * The whole query: text, filters, clicked facets and permissions.
     *
     * @param fuzzyWords words to match loosely (typo tolerance)
     * @param audience the reader's tokens, or {@code null} for no restriction (the system)
     */
    public Query build(UserQuery query, Set<String> fuzzyWords, Map<String, String> facets, Collection<String> audience) {
        return build(query, text(query, fuzzyWords), facets, audience);
    }

    /**
     * The whole query around a text part already built (and possibly rewritten) by the caller.
     *
     * @param text what {@link #text} made of the query, or {@code null} if it had nothing searchable
     */
    public Query build(UserQuery query, Query text, Map<String, String> facets, Collection<String> audience) {
        BooleanQuery.Builder result = new BooleanQuery.Builder();
        // typed text with nothing searchable in it ("*", "!!") finds nothing; filters alone browse
        result.add(text != null ? text : query.hasText() ? new MatchNoDocsQuery() : new MatchAllDocsQuery(), Occur.MUST);
        for (String excluded : query.excluded()) {
            Query clause = excluded.contains(" ") ? phrase(excluded) : word(excluded);
            if (clause != null) {
                result.add(clause, Occur.MUST_NOT);
            }
        }
        filters(query, facets).forEach(filter -> result.add(filter, Occur.FILTER));
        if (audience != null) {
            result.add(audience(audience), Occur.FILTER);
        }
        return result.build();
    }

    /** Only the words, phrases and prefixes: what the highlighter marks. */
    public Query text(UserQuery query, Set<String> fuzzyWords) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.words()) {
            Query clause = fuzzyWords.contains(word) ? fuzzy(word) : word(word);
            if (clause != null) {
                // "le", "the": a stop word of one language is welcome, never required
                text.add(clause, isStopWord(word) ? Occur.SHOULD : Occur.MUST);
                clauses++;
            }
        }
        for (String phrase : query.phrases()) {
            Query clause = phrase(phrase);
            if (clause != null) {
                text.add(clause, Occur.MUST);
                clauses++;
            }
        }
        for (String prefix : query.prefixes()) {
            Query clause = prefix(prefix);
            if (clause != null) {
                text.add(clause, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : text.build();
    }

    /** One word in every analysis of titles and bodies; {@code null} when nothing of it is searchable. */
    public Query word(String word) {
        List<Query> fields = new ArrayList<>();
        add(fields, french.createBooleanQuery(Fields.TITLE_FR, word, Occur.MUST), TITLE_BOOST);
        add(fields, french.createBooleanQuery(Fields.BODY_FR, word, Occur.MUST), 1f);
        add(fields, english.createBooleanQuery(Fields.TITLE_EN, word, Occur.MUST), TITLE_BOOST);
        add(fields, english.createBooleanQuery(Fields.BODY_EN, word, Occur.MUST), 1f);
        add(fields, plainBuilder.createBooleanQuery(Fields.TITLE, word, Occur.MUST), PLAIN_TITLE_BOOST);
        add(fields, plainBuilder.createBooleanQuery(Fields.BODY, word, Occur.MUST), PLAIN_BODY_BOOST);
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
    }

    boolean isStopWord(String word) {
        return french.createBooleanQuery(Fields.BODY_FR, word) == null
                || english.createBooleanQuery(Fields.BODY_EN, word) == null;
    }

    /** A word with up to one or two typos, in plain titles and bodies. */
    public Query fuzzy(String word) {
        List<String> tokens = tokens(word);
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            int edits = token.length() <= 4 ? 1 : 2;
            if (token.length() <= 2) {
                all.add(new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term(Fields.TITLE, token)), PLAIN_TITLE_BOOST),
                        new TermQuery(new Term(Fields.BODY, token))), 0.1f), Occur.MUST);
                continue;
            }
            all.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new FuzzyQuery(new Term(Fields.TITLE, token), edits, 1, 50, true), PLAIN_TITLE_BOOST),
                    new FuzzyQuery(new Term(Fields.BODY, token), edits, 1, 50, true)), 0.1f), Occur.MUST);
        }
        return all.build();
    }

    Query phrase(String phrase) {
        List<Query> fields = new ArrayList<>();
        add(fields, plainBuilder.createPhraseQuery(Fields.TITLE, phrase), TITLE_BOOST);
        add(fields, bodyPhrase(phrase), 1f);
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
    }

    /**
     * The phrase in bodies, looked for only in the bodies that hold each pair of its neighbouring
     * words: checking word positions is the expensive part, and common words are in nearly every
     * body while their pairs are in few. The pairs filter without scoring, so ranks are those of
     * the phrase alone.
     */
    private Query bodyPhrase(String phrase) {
        Query positions = plainBuilder.createPhraseQuery(Fields.BODY, phrase);
        List<String> pairs = analyzed(pairsAnalyzer, Fields.BODY_PAIRS, phrase);
        if (positions == null || pairs.isEmpty()) {
            return positions;
        }
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(positions, Occur.MUST);
        pairs.forEach(pair -> narrowed.add(new TermQuery(new Term(Fields.BODY_PAIRS, pair)), Occur.FILTER));
        return narrowed.build();
    }

    Query prefix(String prefix) {
        List<String> tokens = tokens(prefix);
        if (tokens.isEmpty() || tokens.getLast().length() < 2) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size() - 1; i++) {
            all.add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term(Fields.TITLE, tokens.get(i))),
                    new TermQuery(new Term(Fields.BODY, tokens.get(i)))), 0.1f), Occur.MUST);
        }
        String last = tokens.getLast();
        all.add(new DisjunctionMaxQuery(List.of(
                new BoostQuery(new PrefixQuery(new Term(Fields.TITLE, last)), TITLE_BOOST),
                new PrefixQuery(new Term(Fields.BODY, last))), 0.1f), Occur.MUST);
        return all.build();
    }

    /**
     * Titles as one types: every word typed so far, the last one as a prefix (from one letter
     * when it follows other words, two when alone).
     */
    public Query titlePrefix(String typed) {
        List<String> tokens = tokens(typed);
        if (tokens.isEmpty() || (tokens.size() == 1 && tokens.getFirst().length() < 2)) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size() - 1; i++) {
            all.add(new TermQuery(new Term(Fields.TITLE, tokens.get(i))), Occur.MUST);
        }
        all.add(new PrefixQuery(new Term(Fields.TITLE, tokens.getLast())), Occur.MUST);
        return all.build();
    }

    /** The word as the plain analysis cuts it, e.g. {@code "L'Équipe"} → {@code [equipe]}. */
    public List<String> tokens(String text) {
        return analyzed(plain, Fields.BODY, text);
    }

    private static List<String> analyzed(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return tokens;
    }

    static Query audience(Collection<String> tokens) {
        return new TermInSetQuery(Fields.AUDIENCE, tokens.stream().map(BytesRef::new).toList());
    }

    private List<Query> filters(UserQuery query, Map<String, String> facets) {
        List<Query> filters = new ArrayList<>();
        anyOf(filters, Fields.KIND, query.kinds(), false);
        anyOf(filters, Fields.SPACE_KEY, query.spaces(), true);
        anyOf(filters, Fields.TAG_KEY, query.tags(), false);
        anyOf(filters, Fields.AUTHOR_KEY, query.authors(), true);
        anyOf(filters, Fields.CLIENT_KEY, query.clients(), true);
        anyOf(filters, Fields.PROJECT_KEY, query.projects(), true);
        if (query.before() != null) {
            filters.add(LongPoint.newRangeQuery(Fields.UPDATED, Long.MIN_VALUE, millis(query.before()) - 1));
        }
        if (query.after() != null) {
            filters.add(LongPoint.newRangeQuery(Fields.UPDATED, millis(query.after().plusDays(1)), Long.MAX_VALUE));
        }
        facets.forEach((facet, value) -> {
            switch (facet) {
                case Fields.FACET_KIND -> filters.add(new TermQuery(new Term(Fields.KIND, Keys.of(value))));
                case Fields.FACET_SPACE -> filters.add(new TermQuery(new Term(Fields.SPACE_KEY, Keys.of(value))));
                case Fields.FACET_TAG -> filters.add(new TermQuery(new Term(Fields.TAG_KEY, Keys.of(value))));
                case Fields.FACET_AUTHOR -> filters.add(new TermQuery(new Term(Fields.AUTHOR_KEY, Keys.of(value))));
                case Fields.FACET_YEAR -> year(value).ifPresent(filters::add);
                case Fields.FACET_CLIENT -> filters.add(new TermQuery(new Term(Fields.CLIENT_KEY, Keys.of(value))));
                case Fields.FACET_PROJECT -> filters.add(new TermQuery(new Term(Fields.PROJECT_KEY, Keys.of(value))));
                default -> {
                    // an unknown facet name selects nothing more
                }
            }
        });
        return filters;
    }

    private static java.util.Optional<Query> year(String value) {
        try {
            Year year = Year.parse(value);
            return java.util.Optional.of(LongPoint.newRangeQuery(Fields.UPDATED, millis(year.atDay(1)),
                    millis(year.plusYears(1).atDay(1)) - 1));
        } catch (RuntimeException invalid) {
            return java.util.Optional.of(new TermQuery(new Term(Fields.KIND, "-no-such-year-")));
        }
    }

    private static void anyOf(List<Query> filters, String field, List<String> values, boolean prefix) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            String key = Keys.of(value);
            if (key.isEmpty()) {
                key = "-empty-";
            }
            any.add(new TermQuery(new Term(field, key)), Occur.SHOULD);
            if (prefix) {
                any.add(new PrefixQuery(new Term(field, key)), Occur.SHOULD);
            }
        }
        filters.add(any.build());
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static void add(List<Query> fields, Query query, float boost) {
        if (query != null) {
            fields.add(boost == 1f ? query : new BoostQuery(query, boost));
        }
    }
}
