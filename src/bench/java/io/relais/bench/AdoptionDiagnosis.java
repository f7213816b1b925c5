package io.relais.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the adoption dashboard's time goes, after it has been timed: each source metric asked once
 * for the whole company over the year by month, and the slowest statements of one dashboard load
 * from MariaDB's slow query log with their plans ({@code target/bench/adoption-slow-queries.txt}).
 */
final class AdoptionDiagnosis {

    private static final Path PLANS = Bench.WORK.resolve("adoption-slow-queries.txt");

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    AdoptionDiagnosis(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** Milliseconds per metric (the second of two calls), slowest first. */
    Map<Metric, Long> metricMillis(LocalDate from, LocalDate to, ZoneId zone) {
        List<LocalDate> boundaries = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            boundaries.add(month);
        }
        boundaries.add(to.withDayOfMonth(1).plusMonths(1));
        AdoptionQuery company = new AdoptionQuery(null, new TimeBuckets(boundaries, zone));
        Map<Metric, Long> millis = new LinkedHashMap<>();
        for (AdoptionSource source : context.getBeansOfType(AdoptionSource.class).values()) {
            for (Metric metric : source.metrics()) {
                source.measure(metric, company);
                long began = System.nanoTime();
                source.measure(metric, company);
                millis.put(metric, (System.nanoTime() - began) / 1_000_000);
            }
        }
        return millis.entrySet().stream().sorted(Map.Entry.<Metric, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Runs {@code work} with the slow query log on (statements over 20 ms, into {@code
     * mysql.slow_log}) and writes the slowest ten with their EXPLAIN; answers the file, or why not.
     */
    String slowestStatements(Runnable work) {
        try {
            jdbc.execute("set global log_output = 'TABLE'");
            jdbc.execute("set global long_query_time = 0.02");
            jdbc.execute("truncate table mysql.slow_log");
            jdbc.execute("set global slow_query_log = 1");
            // pooled sessions keep the long_query_time they started with
            unwrapPool().getHikariPoolMXBean().softEvictConnections();
            work.run();
            jdbc.execute("set global slow_query_log = 0");
            List<Map<String, Object>> slow = jdbc.queryForList("select time_to_sec(query_time) + microsecond(query_time)"
                    + " / 1e6 as seconds, rows_examined, sql_text from mysql.slow_log order by query_time desc limit 10");
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> statement : slow) {
                String sql = String.valueOf(statement.get("sql_text"));
                text.append(String.format(Locale.ROOT, "%.3f s, %s rows examined%n%s%n", ((Number) statement.get("seconds"))
                        .doubleValue(), statement.get("rows_examined"), sql));
                text.append(explain(sql)).append(System.lineSeparator());
            }
            Files.createDirectories(PLANS.getParent());
            Files.writeString(PLANS, text);
            return PLANS + " (" + slow.size() + " statements over 20 ms in one dashboard load)";
        } catch (RuntimeException | IOException e) {
            return "no slow query log: " + e.getMessage();
        }
    }

    private String explain(String sql) {
        try {
            return jdbc.queryForList("explain " + sql).stream().map(Object::toString).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(no plan: " + e.getMessage() + ")";
        }
    }

    private HikariDataSource unwrapPool() {
        try {
            return context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
