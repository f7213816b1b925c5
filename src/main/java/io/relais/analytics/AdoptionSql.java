package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helpers for sources that aggregate with SQL: the group filter and the parameters every
 * adoption query binds ({@code :bounds}/{@code :dayBounds} for {@link TimeBuckets}, {@code
 * :from}/{@code :to} as stored UTC times, {@code :fromDay}/{@code :toDay} as dates, {@code
 * :people}), and the per-period rows turned into {@link Measure}s.
 */
public final class AdoptionSql {

    private AdoptionSql() {
    }

    /** {@code " and <column> in (:people)"} for a group, nothing for the whole company. */
    public static String inGroup(AdoptionQuery query, String column) {
        return query.wholeCompany() ? "" : " and " + column + " in (:people)";
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

    /** A row of a per-period aggregate: its 1-based period, value and basis. */
    public record Row(int bucket, double value, long basis) {
    }

    /** One measure per period; periods without a row measured nothing (basis 0), or zero for counts. */
    public static List<Measure> measures(TimeBuckets buckets, List<Row> rows, boolean counts) {
        Measure[] result = new Measure[buckets.size()];
        java.util.Arrays.fill(result, counts ? Measure.count(0) : Measure.NONE);
        for (Row row : rows) {
            if (row.bucket() >= 1 && row.bucket() <= buckets.size()) {
                result[row.bucket() - 1] = counts ? Measure.count(Math.round(row.value()))
                        : row.basis() == 0 ? Measure.NONE : new Measure(row.value(), row.basis());
            }
        }
        return List.of(result);
    }

    /**
     * Runs an aggregate whose columns are {@code b} (1-based period), {@code v} and {@code n}
     * (see {@link Row}) and answers one measure per period.
     */
    public static List<Measure> measure(JdbcClient jdbc, String sql, AdoptionQuery query, boolean counts) {
        return measure(bind(jdbc.sql(sql), query), query, counts);
    }

    /** As {@link #measure(JdbcClient, String, AdoptionQuery, boolean)}, for a statement already bound (with parameters of its own). */
    public static List<Measure> measure(JdbcClient.StatementSpec bound, AdoptionQuery query, boolean counts) {
        List<Row> rows = bound.query((rs, i) -> new Row(rs.getInt("b"), rs.getDouble("v"), rs.getLong("n"))).list();
        return measures(query.buckets(), rows, counts);
    }
}
