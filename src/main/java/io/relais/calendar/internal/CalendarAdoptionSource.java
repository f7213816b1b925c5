package io.relais.calendar.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What calendars tell adoption analytics: hours spent in meetings, and how held occurrences went
 * (minutes linked within a day, time kept) from the outcomes rituals record.
 */
@Component
@Transactional(readOnly = true)
class CalendarAdoptionSource implements AdoptionSource {

    private static final Set<Metric> METRICS = Set.of(Metric.MEETING_HOURS, Metric.MEETINGS_WITH_MINUTES,
            Metric.MEETINGS_WITHIN_BUDGET);
    private static final String OCCURRENCE_START = "coalesce(o.moved_start, o.original_start)";
    private static final String PLANNED_SECONDS = "timestampdiff(second, e.start_at, e.end_at)";

    private final MeetingLoad meetings;
    private final JdbcClient jdbc;

    CalendarAdoptionSource(MeetingLoad meetings, JdbcClient jdbc) {
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    @Override
    public Set<Metric> metrics() {
        return METRICS;
    }

    /** {@link EventWriter} reports the days of every event, occurrence and outcome it changes. */
    @Override
    public Set<Metric> rolledUp() {
        return METRICS;
    }

    @Override
    public GroupedMeasures measureGroups(Metric metric, AdoptionQuery query) {
        return switch (metric) {
            case MEETING_HOURS -> meetings.personHours(query);
            case MEETINGS_WITH_MINUTES -> outcomes(query, "sum(o.minutes_linked_at is not null and o.minutes_linked_at"
                    + " <= coalesce(o.moved_end, o.original_start + interval " + PLANNED_SECONDS + " second) + interval 1 day)",
                    "");
            case MEETINGS_WITHIN_BUDGET -> outcomes(query, "sum(o.minutes_used <= " + PLANNED_SECONDS + " / 60)",
                    " and o.minutes_used is not null");
            default -> throw new IllegalArgumentException("Not a calendar metric: " + metric);
        };
    }

    /** Held occurrences of meetings the group organised, per period of their (actual) start. */
    private GroupedMeasures outcomes(AdoptionQuery query, String part, String condition) {
        String sql = "select " + AdoptionSql.groupOf(query, "e.organiser_id") + " as g, "
                + TimeBuckets.instantBucket(OCCURRENCE_START) + " as b, " + part + " as v, count(*) as n"
                + " from calendar_occurrence o join calendar_event e on e.id = o.event_id"
                + " where o.held = true and o.cancelled = false" + condition
                + " and " + OCCURRENCE_START + " >= :from and " + OCCURRENCE_START + " < :to"
                + AdoptionSql.inGroup(query, "e.organiser_id") + " group by g, b";
        return AdoptionSql.measure(jdbc, sql, query, false);
    }

    @Override
    public List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit) {
        if (metric != Metric.MEETING_HOURS) {
            return List.of();
        }
        return meetings.occurrences(query).stream()
                .sorted(Comparator.comparing(DrillItem::figure).reversed().thenComparing(DrillItem::when))
                .limit(limit).toList();
    }
}
