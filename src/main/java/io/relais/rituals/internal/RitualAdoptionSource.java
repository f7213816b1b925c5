package io.relais.rituals.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.db.TimeBuckets;
import io.relais.rituals.RitualKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rituals tell adoption analytics, from the meetings they planned ({@code ritual_meeting} and
 * its participants) and how each went (its calendar occurrence, keyed by event and planned start,
 * which the calendar owns and {@link OutcomeRecorder} writes). Only meetings that have begun
 * count: next week's planned trios are not yet missed.
 *
 * <ul>
 * <li>{@link Metric#TRIO_PARTICIPATION}: the group's places in Monday trios that were held, over
 * its places in every trio planned (one place per person and trio). Relais records whether a trio
 * was held, not who came, so a held trio counts all its people as present; a trio cancelled, or
 * that nobody recorded and whose minutes nobody wrote, counts its places as not taken (the figure
 * is a lower bound when people forget to record).
 * <li>{@link Metric#ALL_HANDS_ATTENDANCE}: attendance per person is not recorded, so this is the
 * share of planned Friday all-hands (those the group was invited to) recorded as held.
 * </ul>
 *
 * <p>Minutes within 24 hours and time kept are measured by the calendar for every held occurrence,
 * the rituals' included, and not again here.
 */
@Component
@Transactional(readOnly = true)
class RitualAdoptionSource implements AdoptionSource {

    private static final String START = "coalesce(o.moved_start, m.starts_at)";
    private static final String HELD = "coalesce(o.held = true and o.cancelled = false, false)";
    private static final String MEETINGS = " from ritual_meeting m join ritual r on r.id = m.ritual_id and r.kind = :kind"
            + " left join calendar_occurrence o on o.event_id = m.event_id and o.original_start = m.starts_at";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    RitualAdoptionSource(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Set<Metric> metrics() {
        return Set.of(Metric.TRIO_PARTICIPATION, Metric.ALL_HANDS_ATTENDANCE);
    }

    @Override
    public GroupedMeasures measureGroups(Metric metric, AdoptionQuery query) {
        String bucket = TimeBuckets.instantBucket(START) + " as b";
        String sql = switch (metric) {
            case TRIO_PARTICIPATION -> "select " + AdoptionSql.groupOf(query, "p.person_id") + " as g, " + bucket + ", sum("
                    + HELD + ") as v, count(*) as n" + MEETINGS + " join ritual_meeting_participant p on p.meeting_id = m.id"
                    + begun() + AdoptionSql.inGroup(query, "p.person_id") + " group by g, b";
            case ALL_HANDS_ATTENDANCE -> query.byTeam()
                    ? "select g, b, sum(held) as v, count(*) as n from (select distinct "
                            + AdoptionSql.groupOf(query, "ip.person_id") + " as g, m.id, " + bucket + ", " + HELD + " as held"
                            + MEETINGS + " join ritual_meeting_participant ip on ip.meeting_id = m.id" + begun()
                            + AdoptionSql.inGroup(query, "ip.person_id") + ") invited group by g, b"
                    : "select " + GroupedMeasures.ASKED + " as g, " + bucket + ", sum(" + HELD + ") as v, count(*) as n"
                            + MEETINGS + begun() + invited(query) + " group by b";
            default -> throw new IllegalArgumentException("Not a ritual metric: " + metric);
        };
        return AdoptionSql.measure(bound(sql, metric, query), query, false);
    }

    /**
     * The meetings behind the query's range, held or not, most recent first; HR, leadership and
     * administrators see them all, anybody else only those they were part of (as a meeting's page
     * allows). A trio's figure is the group's places in it.
     */
    @Override
    public List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit) {
        if (!metrics().contains(metric)) {
            return List.of();
        }
        boolean everything = currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.LEADERSHIP);
        long me = currentUser.get().map(p -> p.personId()).orElse(-1L);
        String places = query.wholeCompany() ? "(select count(*) from ritual_meeting_participant p where p.meeting_id = m.id)"
                : "(select count(*) from ritual_meeting_participant p where p.meeting_id = m.id"
                        + AdoptionSql.inGroup(query, "p.person_id") + ")";
        String sql = "select m.id, r.title, " + START + " as start_at, " + HELD + " as held,"
                + " coalesce(o.cancelled, false) as cancelled, " + places + " as places" + MEETINGS + begun() + invited(query)
                + (everything ? "" : " and exists (select 1 from ritual_meeting_participant mine"
                        + " where mine.meeting_id = m.id and mine.person_id = :me)")
                + " order by start_at desc, m.id desc limit :limit";
        boolean trios = metric == Metric.TRIO_PARTICIPATION;
        return bound(sql, metric, query).param("me", me).param("limit", limit).query((rs, i) -> new DrillItem(
                rs.getString("title"), rs.getObject("start_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), MeetingPaths.of(rs.getLong("id")),
                rs.getBoolean("held") ? "rituals.drill.held" : rs.getBoolean("cancelled") ? "rituals.drill.cancelled"
                        : "rituals.drill.not-held",
                trios ? rs.getLong("places") : null)).list();
    }

    /** Meetings starting in the range and before now. */
    private static String begun() {
        return " where " + START + " >= :from and " + START + " < :to and " + START + " < :now";
    }

    /** Meetings with at least one of the group among their people. */
    private static String invited(AdoptionQuery query) {
        return query.wholeCompany() ? "" : " and exists (select 1 from ritual_meeting_participant g"
                + " where g.meeting_id = m.id" + AdoptionSql.inGroup(query, "g.person_id") + ")";
    }

    private JdbcClient.StatementSpec bound(String sql, Metric metric, AdoptionQuery query) {
        RitualKind kind = metric == Metric.TRIO_PARTICIPATION ? RitualKind.MONDAY_TRIOS : RitualKind.FRIDAY_ALL_HANDS;
        return AdoptionSql.bind(jdbc.sql(sql), query).param("kind", kind.name())
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
