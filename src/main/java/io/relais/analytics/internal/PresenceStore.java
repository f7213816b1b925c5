package io.relais.analytics.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who counted in a distinct-people figure on each rolled day, and in each week and month holding
 * rolled days (V18, ADR 0028): a period aligned on weeks or months reads a row per person, not
 * every action of the period.
 */
@Component
class PresenceStore {

    /** One person counted on one day. */
    record DayRow(Metric metric, LocalDate day, long personId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PresenceStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void clear() {
        jdbc.sql("delete from adoption_presence").update();
    }

    /** Forgets the days [from, to) of these metrics (their weeks and months are derived again after). */
    void forgetDays(LocalDate from, LocalDate to, Collection<Metric> metrics) {
        jdbc.sql("delete from adoption_presence where metric in (:metrics) and span = 'D' and period_start >= :from"
                + " and period_start < :to").param("metrics", names(metrics)).param("from", from).param("to", to).update();
    }

    void insertDays(List<DayRow> rows) {
        batch.batchUpdate("insert into adoption_presence (metric, span, period_start, person_id) values (?, 'D', ?, ?)",
                rows, 1000, (statement, row) -> {
                    statement.setString(1, row.metric().name());
                    statement.setDate(2, Date.valueOf(row.day()));
                    statement.setLong(3, row.personId());
                });
    }

    /** Derives again the weeks and months holding a day of [from, to) from their days. */
    void deriveWeeksAndMonths(LocalDate from, LocalDate to, Collection<Metric> metrics) {
        for (Span span : Span.DERIVED) {
            LocalDate[] days = span.holding(from, to);
            jdbc.sql("delete from adoption_presence where metric in (:metrics) and span = :span and period_start >= :from"
                    + " and period_start < :to")
                    .param("metrics", names(metrics)).param("span", span.code).param("from", days[0]).param("to", days[1]).update();
            jdbc.sql("insert into adoption_presence (metric, span, period_start, person_id) select distinct metric, :span, "
                    + span.startOf("period_start") + ", person_id from adoption_presence where metric in (:metrics)"
                    + " and span = 'D' and period_start >= :from and period_start < :to")
                    .param("metrics", names(metrics)).param("span", span.code).param("from", days[0]).param("to", days[1]).update();
        }
    }

    /**
     * The people counted in each bucket of the query (aligned on {@code span}), per group the
     * query asks for: one row per person and span in range, counted by the database.
     */
    GroupedMeasures count(Metric metric, Span span, AdoptionQuery query) {
        return AdoptionSql.measure(AdoptionSql.bind(jdbc.sql("select " + AdoptionSql.joinedGroupOf(query, "p.person_id")
                + " as g, " + TimeBuckets.dateBucket("p.period_start") + " as b, count(distinct p.person_id) as v, 1 as n"
                + " from adoption_presence p" + AdoptionSql.teamJoin(query, "p.person_id")
                + " where p.metric = :metric and p.span = :span and p.period_start >= :fromDay"
                + " and p.period_start < :toDay" + AdoptionSql.inGroup(query, "p.person_id") + " group by g, b"), query)
                .param("metric", metric.name()).param("span", span.code), query, true);
    }

    /** Of these people, those already counted per bucket (0-based) of the buckets. */
    Map<Integer, Set<Long>> counted(Metric metric, Span span, TimeBuckets buckets, Collection<Long> people) {
        Map<Integer, Set<Long>> counted = new HashMap<>();
        if (people.isEmpty()) {
            return counted;
        }
        jdbc.sql("select distinct " + TimeBuckets.dateBucket("period_start") + " as b, person_id from adoption_presence"
                + " where metric = :metric and span = :span and period_start >= :from and period_start < :to"
                + " and person_id in (:people)")
                .param("metric", metric.name()).param("span", span.code).param("dayBounds", buckets.dateBoundaries())
                .param("from", buckets.firstDay()).param("to", buckets.endDay()).param("people", List.copyOf(people))
                .query(rs -> {
                    counted.computeIfAbsent(rs.getInt("b") - 1, b -> new HashSet<>()).add(rs.getLong("person_id"));
                });
        return counted;
    }

    private static List<String> names(Collection<Metric> metrics) {
        return metrics.stream().map(Metric::name).toList();
    }
}
