package io.relais.onboarding.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What onboarding tells adoption analytics, from the checklists of newcomers (purpose {@code
 * ONBOARDING}; departures are not onboarding). A group's figures are about its newcomers'
 * checklists, whoever was responsible for the items.
 *
 * <ul>
 * <li>{@link Metric#ONBOARDING_DAYS}: median days from the start date to the last item done, over
 * the checklists finished in the period;
 * <li>{@link Metric#ONBOARDING_LATE_ITEMS}: of the items due in the period whose due day has passed,
 * the share not done by the end of that day (done later, or still not done). The day ends at
 * midnight UTC, as "minutes on time" does (ADR 0019);
 * <li>{@link Metric#WRITING_APPROVED_FIRST_TIME}: of the writing exercises approved in the period,
 * the share approved at their first submission.
 * </ul>
 *
 * <p>The drill-down lists templates, never people: leadership and team leads see onboarding as
 * aggregates only (ADR 0018), so each row is a template (all its versions) with its figure.
 */
@Component
@Transactional(readOnly = true)
class OnboardingAdoptionSource implements AdoptionSource {

    private static final String CHECKLISTS = " from onboarding o join onboarding_template tp on tp.id = o.template_id";
    private static final String NEWCOMERS = CHECKLISTS + " where o.purpose = 'ONBOARDING'";
    private static final String NEWCOMER_ITEMS = CHECKLISTS + " join onboarding_item i on i.onboarding_id = o.id"
            + " where o.purpose = 'ONBOARDING'";
    private static final String DAYS = "greatest(0, datediff(o.completed_at, o.start_date))";
    private static final String FINISHED = " and o.completed_at >= :from and o.completed_at < :to";
    /** Items due in the range whose due day is over. */
    private static final String DUE = " and i.due_date >= :fromDay and i.due_date < :toDay and i.due_date < :today";
    private static final String LATE = "(i.completed_at is null or i.completed_at >= timestamp(i.due_date + interval 1 day))";
    private static final String WRITING = " and i.kind = 'WRITE_AND_REVIEW' and i.status = 'DONE' and i.review_rounds > 0"
            + " and i.completed_at >= :from and i.completed_at < :to";

    private final JdbcClient jdbc;
    private final Clock clock;

    OnboardingAdoptionSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.ONBOARDING_DAYS, Metric.ONBOARDING_LATE_ITEMS, Metric.WRITING_APPROVED_FIRST_TIME);
    }

    @Override
    public GroupedMeasures measureGroups(Metric metric, AdoptionQuery query) {
        String group = AdoptionSql.inGroup(query, "o.person_id");
        String g = AdoptionSql.groupOf(query, "o.person_id") + " as g, ";
        String sql = switch (metric) {
            case ONBOARDING_DAYS -> "select distinct g, b, median(days) over (partition by g, b) as v,"
                    + " count(*) over (partition by g, b) as n from (select " + g + TimeBuckets.instantBucket("o.completed_at")
                    + " as b, " + DAYS + " as days" + NEWCOMERS + FINISHED + group + ") finished";
            case ONBOARDING_LATE_ITEMS -> "select " + g + TimeBuckets.dateBucket("i.due_date") + " as b, sum(" + LATE
                    + ") as v, count(*) as n" + NEWCOMER_ITEMS + DUE + group + " group by g, b";
            case WRITING_APPROVED_FIRST_TIME -> "select " + g + TimeBuckets.instantBucket("i.completed_at") + " as b,"
                    + " sum(i.review_rounds = 1) as v, count(*) as n" + NEWCOMER_ITEMS + WRITING + group + " group by g, b";
            default -> throw new IllegalArgumentException("Not an onboarding metric: " + metric);
        };
        return AdoptionSql.measure(bound(sql, query), query, false);
    }

    /**
     * Per template over the query's range, the figure of the metric: median days to finish,
     * items late, exercises approved the first time; most recent activity first.
     */
    @Override
    public List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit) {
        String group = AdoptionSql.inGroup(query, "o.person_id");
        String rows = switch (metric) {
            case ONBOARDING_DAYS -> "select distinct tp.lineage, median(" + DAYS + ") over (partition by tp.lineage) as figure,"
                    + " max(o.completed_at) over (partition by tp.lineage) as last_at" + NEWCOMERS + FINISHED + group;
            case ONBOARDING_LATE_ITEMS -> "select tp.lineage, sum(" + LATE + ") as figure,"
                    + " timestamp(max(i.due_date)) as last_at"
                    + NEWCOMER_ITEMS + DUE + group
                    + " group by tp.lineage";
            case WRITING_APPROVED_FIRST_TIME -> "select tp.lineage, sum(i.review_rounds = 1) as figure,"
                    + " max(i.completed_at) as last_at"
                    + NEWCOMER_ITEMS + WRITING + group
                    + " group by tp.lineage";
            default -> null;
        };
        if (rows == null) {
            return List.of();
        }
        String sql = "select latest.name, per.figure, per.last_at from (" + rows + ") per"
                + " join onboarding_template latest on latest.lineage = per.lineage and latest.latest"
                + " order by per.last_at desc, latest.name limit :limit";
        String detail = "teamlead.onboarding.drill." + metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return bound(sql, query).param("limit", limit).query((rs, i) -> new DrillItem(rs.getString("name"),
                rs.getObject("last_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), null, detail,
                Math.round(rs.getDouble("figure")))).list();
    }

    private JdbcClient.StatementSpec bound(String sql, AdoptionQuery query) {
        return AdoptionSql.bind(jdbc.sql(sql), query).param("today", LocalDate.now(clock.withZone(query.buckets().zone())));
    }
}
