package io.relais.search.internal;

import io.relais.analytics.AdoptionChanges;
import io.relais.search.SearchInsights;
import io.relais.search.SearchInsights.DailyClickThrough;
import io.relais.search.SearchInsights.QueryCount;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search analytics store: each search (the searcher as a keyed hash, the normalised query,
 * how many results it had) and each click on a result. Popular queries for autocomplete come
 * from here too, but only queries several different people typed and that found something.
 */
@Component
@Transactional
public class SearchLog {

    /** A query becomes a suggestion for others only once this many different people typed it. */
    static final int MIN_PEOPLE_FOR_SUGGESTION = 2;

    private final JdbcClient jdbc;
    private final AdoptionChanges adoption;
    private final Clock clock;
    private volatile SecretKeySpec key;

    SearchLog(JdbcClient jdbc, AdoptionChanges adoption, Clock clock) {
        this.adoption = adoption;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lower case, single spaces: "Plan  Marketing" and "plan marketing" count as one query. */
    static String normalise(String query) {
        String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public long record(String user, String query, long results, String channel) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into search_query (user_hash, query_text, result_count, channel, searched_at)
                values (?, ?, ?, ?, ?)""")
                .params(hash(user), normalise(query), (int) Math.min(results, Integer.MAX_VALUE), channel,
                        Timestamp.from(clock.instant()))
                .update(id, "id");
        return id.getKey().longValue();
    }

    /**
     * A click on a result of one's own search; clicks on others' searches are ignored. The click
     * counts on the search's day, which may be over.
     */
    public boolean click(String user, long queryId, String entryKey, int position) {
        Optional<Instant> searched = jdbc.sql("select searched_at from search_query where id = ? and user_hash = ?")
                .params(queryId, hash(user)).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (searched.isEmpty()) {
            return false;
        }
        jdbc.sql("insert into search_click (query_id, entry_key, position, clicked_at) values (?, ?, ?, ?)")
                .params(queryId, entryKey.length() > 120 ? entryKey.substring(0, 120) : entryKey, Math.max(0, position),
                        Timestamp.from(clock.instant()))
                .update();
        adoption.changedAt(searched.get());
        return true;
    }

    /** Popular queries that found something, most frequent first. */
    @Transactional(readOnly = true)
    public List<String> popular(Duration period, int limit) {
        return jdbc.sql("""
                select query_text from search_query
                where searched_at >= ? and result_count > 0
                group by query_text having count(distinct user_hash) >= ?
                order by count(*) desc, query_text limit ?""")
                .params(Timestamp.from(clock.instant().minus(period)), MIN_PEOPLE_FOR_SUGGESTION, limit)
                .query(String.class).list();
    }

    @Transactional(readOnly = true)
    public SearchInsights insights(int days, int limit) {
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofDays(days)));
        long searches = jdbc.sql("select count(*) from search_query where searched_at >= ?").param(since)
                .query(Long.class).single();
        long withClick = jdbc.sql("""
                select count(*) from search_query q where q.searched_at >= ?
                and exists (select 1 from search_click c where c.query_id = q.id)""").param(since)
                .query(Long.class).single();
        List<QueryCount> top = counts("searched_at >= ?", since, limit);
        List<QueryCount> zero = counts("searched_at >= ? and result_count = 0", since, limit);
        List<DailyClickThrough> daily = jdbc.sql("""
                select date(q.searched_at) as day, count(*) as searches,
                       sum(case when exists (select 1 from search_click c where c.query_id = q.id) then 1 else 0 end) as clicked
                from search_query q where q.searched_at >= ?
                group by date(q.searched_at) order by day""").param(since)
                .query((rs, row) -> new DailyClickThrough(rs.getObject("day", LocalDate.class), rs.getLong("searches"),
                        rs.getLong("clicked"))).list();
        return new SearchInsights(searches, withClick, top, zero, daily);
    }

    private List<QueryCount> counts(String where, Timestamp since, int limit) {
        return jdbc.sql("select query_text, count(*) as searches, count(distinct user_hash) as people from search_query where "
                + where + " group by query_text order by searches desc, query_text limit ?")
                .params(since, limit)
                .query((rs, row) -> new QueryCount(rs.getString("query_text"), rs.getLong("searches"), rs.getLong("people")))
                .list();
    }

    /** HMAC-SHA256 of the account name under the installation's secret: stable, not reversible. */
    String hash(String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            return HexFormat.of().formatHex(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec secret() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = jdbc.sql("select secret from search_secret where id = 1").query(String.class).single();
            current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
