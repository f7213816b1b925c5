package io.relais.search;

import java.util.List;

/**
 * What people look for, over a period: the most frequent queries, those that found nothing (the
 * content gaps) and how often a search led to a click, per day.
 */
public record SearchInsights(long searches, long searchesWithClick, List<QueryCount> topQueries,
        List<QueryCount> zeroResultQueries, List<DailyClickThrough> clickThrough) {

    public record QueryCount(String query, long searches, long people) {
    }

    public record DailyClickThrough(java.time.LocalDate day, long searches, long withClick) {

        public double rate() {
            return searches == 0 ? 0 : (double) withClick / searches;
        }
    }

    public double clickThroughRate() {
        return searches == 0 ? 0 : (double) searchesWithClick / searches;
    }
}
