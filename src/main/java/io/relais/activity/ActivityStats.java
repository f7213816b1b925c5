package io.relais.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of the activity log for analytics: never a line of it, only counts. Callers decide
 * who may see them (adoption analytics checks its own permissions first).
 */
@Service
@Transactional(readOnly = true)
public class ActivityStats {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** How many actions started in one UTC hour. */
    public record HourCount(Instant hour, long actions) {
    }

    /** How many actions a team's people (0: people without a team) started in one UTC hour. */
    public record TeamHourCount(long teamId, LocalDateTime hourUtc, long actions) {
    }

    private final JdbcClient jdbc;

    ActivityStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Actions per UTC hour in [from, to), by the given people ({@code null}: everybody), counted by
     * the database: at most one row per hour of the range, whatever the number of actions, so the
     * caller can place each hour in any time zone exactly.
     */
    @PreAuthorize("isAuthenticated()")
    public List<HourCount> actionsPerHour(Collection<Long> actorIds, Instant from, Instant to) {
        return perHour("", "hour", actorIds, from, to, (rs, row) -> new HourCount(
                LocalDateTime.parse(rs.getString("hour"), HOUR).toInstant(ZoneOffset.UTC), rs.getLong("actions")));
    }

    /**
     * Actions per current team of their actor and UTC hour in [from, to), by the given people
     * ({@code null}: everybody), for the analytics roll-up.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TeamHourCount> actionsPerTeamAndHour(Collection<Long> actorIds, Instant from, Instant to) {
        return perHour("coalesce((select p.team_id from person p where p.id = a.actor_person_id), 0) as team, ",
                "team, hour", actorIds, from, to, (rs, row) -> new TeamHourCount(rs.getLong("team"),
                        LocalDateTime.parse(rs.getString("hour"), HOUR), rs.getLong("actions")));
    }

    private <T> List<T> perHour(String groupColumn, String groupBy, Collection<Long> actorIds, Instant from, Instant to,
            RowMapper<T> row) {
        if (actorIds != null && actorIds.isEmpty()) {
            return List.of();
        }
        String sql = "select " + groupColumn + "date_format(a.occurred_at, '%Y-%m-%d %H:00') as hour, count(*) as actions"
                + " from activity a where a.occurred_at >= :from and a.occurred_at < :to and a.actor_person_id is not null"
                + (actorIds == null ? "" : " and a.actor_person_id in (:actors)")
                + " group by " + groupBy;
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        if (actorIds != null) {
            statement = statement.param("actors", List.copyOf(actorIds));
        }
        return statement.query(row).list();
    }
}
