package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helpers for sources that aggregate with SQL: the group filter and key, the parameters every
 * adoption query binds ({@code :bounds}/{@code :dayBounds} for {@link TimeBuckets}, {@code
 * :from}/{@code :to} as stored UTC times, {@code :fromDay}/{@code :toDay} as dates, {@code
 * :people}), and the per-group, per-period rows turned into {@link GroupedMeasures}.
 */
public final class AdoptionSql {

    private AdoptionSql() {
    }

    /** {@code " and <column> in (:people)"} for a group, nothing for the whole company. */
    public static String inGroup(AdoptionQuery query, String column) {
        return query.wholeCompany() ? "" : " and " + column + " in (:people)";
    }

    /**
     * SQL for the group a row counts in, selected as {@code g}: the current team of the person in
     * {@code column} for a query by team (0 without one), the person for a query by person, else
     * the single group asked. MariaDB caches the team subquery's answer per person, so it costs a
     * lookup per distinct person.
     */
    public static String groupOf(AdoptionQuery query, String column) {
        return switch (query.split()) {
            case TEAM -> "coalesce((select tp.team_id from person tp where tp.id = " + column + "), "
                    + GroupedMeasures.NO_TEAM + ")";
            case PERSON -> column;
            case NONE -> String.valueOf(GroupedMeasures.ASKED);
        };
    }

    /**
     * The join a statement that reads many rows per person adds after its tables to group them by
     * team with {@link #joinedGroupOf}: the person table as {@code tp}, for a query by team only.
     */
    public static String teamJoin(AdoptionQuery query, String column) {
        return query.byTeam() ? " left join person tp on tp.id = " + column : "";
    }

    /**
     * As {@link #groupOf}, with the team read through {@link #teamJoin} rather than looked up per
     * row (a lookup per row costs about three times a join over a year of rows).
     */
    public static String joinedGroupOf(AdoptionQuery query, String column) {
        return query.byTeam() ? "coalesce(tp.team_id, " + GroupedMeasures.NO_TEAM + ")" : groupOf(query, column);
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AdoptionQuery query) {
        TimeBuckets buckets = query.buckets();
        JdbcClient.StatementSpec bound = statement
                .param("bounds", buckets.instantBoundaries())
                .param("dayBounds", buckets.dateBoundaries())
                .param("from", buckets.fromUtc())
                .param("to", buckets.toUtc())
                .param("fromDay", buckets.firstDay())
                .param("toDay", buckets.endDay());
        return query.wholeCompany() ? bound : bound.param("people", List.copyOf(query.personIds()));
    }

    /** A row of a per-period aggregate: its group, 1-based period, value and basis. */
    public record Row(long group, int bucket, double value, long basis) {
    }

    /** One measure per period and group; periods without a row measured nothing (basis 0), or zero for counts. */
    public static GroupedMeasures measures(TimeBuckets buckets, List<Row> rows, boolean counts) {
        Map<Long, Measure[]> groups = new HashMap<>();
        for (Row row : rows) {
            if (row.bucket() >= 1 && row.bucket() <= buckets.size()) {
                Measure[] measures = groups.computeIfAbsent(row.group(),
                        group -> GroupedMeasures.emptyPeriods(buckets.size(), counts));
                measures[row.bucket() - 1] = counts ? new Measure(row.value(), 1)
                        : row.basis() == 0 ? Measure.NONE : new Measure(row.value(), row.basis());
            }
        }
        Map<Long, List<Measure>> result = new HashMap<>();
        groups.forEach((group, measures) -> result.put(group, List.of(measures)));
        return new GroupedMeasures(result, buckets.size(), counts);
    }

    /**
     * Runs an aggregate whose columns are {@code g} ({@link #groupOf}), {@code b} (1-based
     * period), {@code v} and {@code n} (see {@link Row}) and answers per group and period.
     */
    public static GroupedMeasures measure(JdbcClient jdbc, String sql, AdoptionQuery query, boolean counts) {
        return measure(bind(jdbc.sql(sql), query), query, counts);
    }

    /** As {@link #measure(JdbcClient, String, AdoptionQuery, boolean)}, for a statement already bound (with parameters of its own). */
    public static GroupedMeasures measure(JdbcClient.StatementSpec bound, AdoptionQuery query, boolean counts) {
        List<Row> rows = bound.query((rs, i) -> new Row(rs.getLong("g"), rs.getInt("b"), rs.getDouble("v"), rs.getLong("n")))
                .list();
        return measures(query.buckets(), rows, counts);
    }
}
