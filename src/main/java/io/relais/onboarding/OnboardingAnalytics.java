package io.relais.onboarding;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of checklists over a period for analytics, per template (all its versions): how long
 * checklists took (median), how many items were done late, how many writing exercises were
 * approved at their first submission. Names nobody, so leadership may read it.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingAnalytics {

    private final JdbcClient jdbc;

    OnboardingAnalytics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per template, what was finished or done from {@code from} to {@code to} (both included). */
    @PreAuthorize("hasAnyRole('HR', 'LEADERSHIP', 'ADMIN')")
    public List<TemplateMetrics> metrics(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period from a day to the same or a later day: " + from + ", " + to);
        }
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to.plusDays(1));
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select lineage, name from onboarding_template where latest order by name")
                .query(row -> {
                    names.put(row.getString(1), row.getString(2));
                });
        Map<String, List<Integer>> durations = new HashMap<>();
        jdbc.sql("""
                select tp.lineage, datediff(o.completed_at, o.start_date) from onboarding o
                  join onboarding_template tp on tp.id = o.template_id
                where o.completed_at >= ? and o.completed_at < ?""")
                .params(start, end).query(row -> {
                    durations.computeIfAbsent(row.getString(1), l -> new ArrayList<>()).add(row.getInt(2));
                });
        Map<String, long[]> items = new HashMap<>();
        jdbc.sql("""
                select tp.lineage, count(*), coalesce(sum(date(i.completed_at) > i.due_date), 0),
                       coalesce(sum(i.kind = 'WRITE_AND_REVIEW'), 0),
                       coalesce(sum(i.kind = 'WRITE_AND_REVIEW' and i.review_rounds = 1), 0)
                from onboarding_item i join onboarding o on o.id = i.onboarding_id
                  join onboarding_template tp on tp.id = o.template_id
                where i.status = 'DONE' and i.completed_at >= ? and i.completed_at < ?
                group by tp.lineage""")
                .params(start, end).query(row -> {
                    items.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)});
                });
        List<TemplateMetrics> metrics = new ArrayList<>();
        names.forEach((lineage, name) -> {
            List<Integer> days = durations.getOrDefault(lineage, List.of());
            long[] done = items.getOrDefault(lineage, new long[4]);
            if (days.isEmpty() && done[0] == 0) {
                return;
            }
            metrics.add(new TemplateMetrics(lineage, name, days.size(), median(days), done[0],
                    share(done[1], done[0]), done[2], share(done[3], done[2])));
        });
        return metrics;
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
