package io.relais.search.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What search tells adoption analytics: how much people search, how often they find nothing and
 * how often they open a result. Searches are recorded under a keyed hash, never a person, so
 * these figures exist for the whole company only; a team gets "no data".
 */
@Component
@Transactional(readOnly = true)
class SearchAdoptionSource implements AdoptionSource {

    private static final Set<Metric> METRICS = Set.of(Metric.SEARCHES, Metric.ZERO_RESULT_SEARCHES,
            Metric.SEARCH_CLICK_THROUGH);
    private static final String GROUP_AND_BUCKET = GroupedMeasures.ASKED + " as g, " + TimeBuckets.instantBucket("q.searched_at");
    private static final String IN_RANGE = " from search_query q where q.searched_at >= :from and q.searched_at < :to";

    private final JdbcClient jdbc;

    SearchAdoptionSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Metric> metrics() {
        return METRICS;
    }

    /** Searches count on their own day; {@link SearchLog} reports a later click on an earlier day's search. */
    @Override
    public Set<Metric> rolledUp() {
        return METRICS;
    }

    @Override
    public GroupedMeasures measureGroups(Metric metric, AdoptionQuery query) {
        if (!query.wholeCompany() || query.byTeam()) {
            return GroupedMeasures.none(query.buckets());
        }
        return switch (metric) {
            case SEARCHES -> AdoptionSql.measure(jdbc, "select " + GROUP_AND_BUCKET + " as b, count(*) as v, 1 as n" + IN_RANGE
                    + " group by g, b", query, true);
            case ZERO_RESULT_SEARCHES -> AdoptionSql.measure(jdbc, "select " + GROUP_AND_BUCKET + " as b, sum(q.result_count = 0) as v,"
                    + " count(*) as n" + IN_RANGE + " group by g, b", query, false);
            case SEARCH_CLICK_THROUGH -> AdoptionSql.measure(jdbc, "select " + GROUP_AND_BUCKET + " as b, sum(exists (select 1"
                    + " from search_click c where c.query_id = q.id)) as v, count(*) as n" + IN_RANGE + " group by g, b",
                    query, false);
            default -> throw new IllegalArgumentException("Not a search metric: " + metric);
        };
    }

    /** The most frequent queries of the query's range (those that found nothing, for the zero-result rate). */
    @Override
    public List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit) {
        if (!query.wholeCompany()) {
            return List.of();
        }
        String zeroOnly = metric == Metric.ZERO_RESULT_SEARCHES ? " and q.result_count = 0" : "";
        return AdoptionSql.bind(jdbc.sql("select q.query_text, max(q.searched_at) as last_at, count(*) as searches"
                + " from search_query q where q.searched_at >= :from and q.searched_at < :to" + zeroOnly
                + " group by q.query_text order by searches desc, q.query_text limit :limit"), query)
                .param("limit", limit)
                .query((rs, i) -> new DrillItem(rs.getString("query_text"),
                        rs.getObject("last_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        "/search?q=" + URLEncoder.encode(rs.getString("query_text"), StandardCharsets.UTF_8),
                        "analytics.drill.search", rs.getLong("searches")))
                .list();
    }
}
