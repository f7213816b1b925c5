package io.relais.onboarding.internal;

import io.relais.onboarding.CompletionMonth;
import io.relais.onboarding.OnboardingFilter;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.OnboardingSummary;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.TemplateDuration;
import io.relais.platform.LikePattern;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, aggregated by the database in one pass over the items (one row per
 * checklist), so hundreds of checklists and tens of thousands of items answer in milliseconds.
 */
@Component
public class DashboardQueries {

    private static final String SUMMARY = """
            select o.id, o.purpose, o.person_id, p.first_name, p.last_name, t.name team_name, tp.name template_name,
                   tp.version_number, b.first_name, b.last_name, o.start_date, o.completed_at,
                   count(i.id) items,
                   coalesce(sum(i.status = 'DONE'), 0) done,
                   coalesce(sum(i.status <> 'DONE' and i.due_date < :today), 0) overdue,
                   coalesce(sum(i.status = 'IN_REVIEW'), 0) in_review,
                   coalesce(sum(i.status = 'IN_REVIEW' and i.submitted_at < :stuckBefore), 0) stuck
            from onboarding o
              join person p on p.id = o.person_id
              join onboarding_template tp on tp.id = o.template_id
              left join team t on t.id = o.team_id
              left join person b on b.id = o.buddy_id
              left join onboarding_item i on i.onboarding_id = o.id
            """;

    private static final String FILTER = """
            where (:team is null or o.team_id = :team)
              and (:lineage is null or tp.lineage = :lineage)
              and (:purpose is null or o.purpose = :purpose)
              and (:completed is null or (o.completed_at is not null) = :completed)
              and (:text is null or concat(p.first_name, ' ', p.last_name) like :text)
            """;

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Running first, the most overdue first among them, then the latest started. */
    public List<OnboardingSummary> page(OnboardingFilter filter, LocalDate today, int offset, int limit) {
        return jdbc.sql(SUMMARY + FILTER + """
                group by o.id
                order by o.completed_at is not null, overdue desc, o.start_date desc, o.id desc
                limit :limit offset :offset""")
                .params(filterParams(filter, today)).param("limit", limit).param("offset", offset)
                .query(DashboardQueries::summary).list();
    }

    public long count(OnboardingFilter filter, LocalDate today) {
        return jdbc.sql("""
                select count(*) from onboarding o join person p on p.id = o.person_id
                  join onboarding_template tp on tp.id = o.template_id
                """ + FILTER).params(filterParams(filter, today)).query(Long.class).single();
    }

    /** Checklists of others the person takes part in. */
    public List<OnboardingSummary> involving(long personId, LocalDate today) {
        return jdbc.sql(SUMMARY + """
                where o.person_id <> :me and (o.buddy_id = :me or o.manager_id = :me or o.hr_id = :me or o.it_id = :me)
                group by o.id
                order by o.completed_at is not null, o.start_date desc, o.id desc
                limit 200""")
                .param("me", personId).param("today", Date.valueOf(today))
                .param("stuckBefore", stuckBefore(today)).query(DashboardQueries::summary).list();
    }

    public boolean hasRunning(long personId, Purpose purpose) {
        return jdbc.sql("select count(*) from onboarding where person_id = ? and purpose = ? and completed_at is null")
                .params(personId, purpose.name()).query(Long.class).single() > 0;
    }

    /** Running checklists, overdue items and exercises stuck in review, over everything. */
    public Map<String, Long> figures(LocalDate today) {
        Map<String, Long> figures = new LinkedHashMap<>();
        jdbc.sql("""
                select count(distinct o.id),
                       coalesce(sum(i.status <> 'DONE' and i.due_date < :today), 0),
                       coalesce(sum(i.status = 'IN_REVIEW' and i.submitted_at < :stuckBefore), 0)
                from onboarding o left join onboarding_item i on i.onboarding_id = o.id
                where o.completed_at is null""")
                .param("today", Date.valueOf(today)).param("stuckBefore", stuckBefore(today))
                .query(row -> {
                    figures.put("running", row.getLong(1));
                    figures.put("overdue", row.getLong(2));
                    figures.put("stuck", row.getLong(3));
                });
        return figures;
    }

    /** Average days from start date to the last item done, per template (all its versions). */
    public List<TemplateDuration> durations() {
        return jdbc.sql("""
                select tp.lineage, max(latest.name), count(*), avg(datediff(o.completed_at, o.start_date))
                from onboarding o
                  join onboarding_template tp on tp.id = o.template_id
                  join onboarding_template latest on latest.lineage = tp.lineage and latest.latest
                where o.completed_at is not null
                group by tp.lineage order by max(latest.name)""")
                .query((row, n) -> new TemplateDuration(row.getString(1), row.getString(2), row.getLong(3),
                        row.getDouble(4)))
                .list();
    }

    /** Items done and checklists finished per month, the last {@code months} months up to this one. */
    public List<CompletionMonth> history(YearMonth thisMonth, int months) {
        YearMonth first = thisMonth.minusMonths(months - 1L);
        Timestamp from = Timestamp.from(first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            counts.put(first.plusMonths(i), new long[2]);
        }
        jdbc.sql("""
                select year(completed_at), month(completed_at), count(*) from onboarding_item
                where status = 'DONE' and completed_at >= ? group by 1, 2""")
                .params(from).query(row -> {
                    long[] month = counts.get(YearMonth.of(row.getInt(1), row.getInt(2)));
                    if (month != null) {
                        month[0] = row.getLong(3);
                    }
                });
        jdbc.sql("""
                select year(completed_at), month(completed_at), count(*) from onboarding
                where completed_at >= ? group by 1, 2""")
                .params(from).query(row -> {
                    long[] month = counts.get(YearMonth.of(row.getInt(1), row.getInt(2)));
                    if (month != null) {
                        month[1] = row.getLong(3);
                    }
                });
        return counts.entrySet().stream().map(e -> new CompletionMonth(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Map<String, Object> filterParams(OnboardingFilter filter, LocalDate today) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("team", filter.teamId());
        params.put("lineage", filter.templateLineage());
        params.put("purpose", filter.purpose() == null ? null : filter.purpose().name());
        params.put("completed", filter.completed());
        params.put("text", LikePattern.containing(filter.text()));
        params.put("today", Date.valueOf(today));
        params.put("stuckBefore", stuckBefore(today));
        return params;
    }

    private static Timestamp stuckBefore(LocalDate today) {
        return Timestamp.from(today.minusDays(OnboardingService.STUCK_AFTER_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static OnboardingSummary summary(ResultSet row, int n) throws SQLException {
        Timestamp completed = row.getTimestamp(12);
        String buddyFirst = row.getString(9);
        return new OnboardingSummary(row.getLong(1), Purpose.valueOf(row.getString(2)), row.getLong(3),
                row.getString(4) + " " + row.getString(5), row.getString(6), row.getString(7), row.getInt(8),
                buddyFirst == null ? null : buddyFirst + " " + row.getString(10), row.getDate(11).toLocalDate(),
                completed == null ? null : completed.toInstant(), row.getInt(13), row.getInt(14), row.getInt(15),
                row.getInt(16), row.getInt(17));
    }
}
