package io.relais.analytics.internal;

import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.people.Membership;
import io.relais.platform.db.TimeBuckets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up tables (V17, V18): rolled days per metric and team (and summed per week and month),
 * actions per team and UTC hour, the state (which days are rolled), the queue of days changed since
 * and the memberships the rows were rolled with. Team {@link GroupedMeasures#ASKED} (-1) holds the whole company.
 */
@Component
class RollupStore {

    static final long COMPANY = GroupedMeasures.ASKED;

    /** Which days are rolled: [firstDay, rolledUntil); both null before the first roll. */
    record State(LocalDate firstDay, LocalDate rolledUntil) {

        boolean built() {
            return rolledUntil != null;
        }

        /** The first rolled day of [from, to), or {@code to} when none is. */
        LocalDate rolledFrom(LocalDate from, LocalDate to) {
            return !built() ? to : from.isAfter(firstDay) ? from : firstDay;
        }

        /** The day after the last rolled day of [from, to), or {@code to} when none is rolled. */
        LocalDate rolledTo(LocalDate to) {
            return !built() || to.isBefore(rolledUntil) ? to : rolledUntil;
        }
    }

    /** Days [from, to) queued as changed. */
    record Dirty(long id, LocalDate from, LocalDate to) {
    }

    /** One rolled day of one metric for one team. */
    record DayRow(Metric metric, long teamId, LocalDate day, double value, long basis) {
    }

    /** A roll-up row read back: metric, team, 1-based period, summed value and basis. */
    record PeriodRow(Metric metric, long teamId, int bucket, double value, long basis) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RollupStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    State state() {
        return jdbc.sql("select first_day, rolled_until from adoption_rollup_state where id = 1")
                .query((rs, i) -> new State(rs.getObject("first_day", LocalDate.class),
                        rs.getObject("rolled_until", LocalDate.class)))
                .single();
    }

    void state(State state) {
        jdbc.sql("update adoption_rollup_state set first_day = :first, rolled_until = :until where id = 1")
                .param("first", state.firstDay()).param("until", state.rolledUntil()).update();
    }

    /** Forgets every rolled day (a rebuild starts over). */
    void clear() {
        jdbc.sql("delete from adoption_day").update();
        jdbc.sql("delete from adoption_period").update();
        jdbc.sql("delete from adoption_hour").update();
        jdbc.sql("delete from adoption_rollup_member").update();
        jdbc.sql("update adoption_rollup_state set first_day = null, rolled_until = null where id = 1").update();
    }

    /** Queues [from, to) unless it already waits (views keep touching the same day). */
    void queue(LocalDate from, LocalDate to) {
        jdbc.sql("insert into adoption_dirty (from_day, to_day) select :from, :to from dual where not exists"
                + " (select 1 from adoption_dirty where from_day = :from and to_day = :to)")
                .param("from", from).param("to", to).update();
    }

    List<Dirty> dirty() {
        return jdbc.sql("select id, from_day, to_day from adoption_dirty order by id")
                .query((rs, i) -> new Dirty(rs.getLong("id"), rs.getObject("from_day", LocalDate.class),
                        rs.getObject("to_day", LocalDate.class)))
                .list();
    }

    /** Removes the queued changes handled, by id: a change queued meanwhile stays. */
    void handled(Collection<Dirty> dirty) {
        if (!dirty.isEmpty()) {
            jdbc.sql("delete from adoption_dirty where id in (:ids)").param("ids", dirty.stream().map(Dirty::id).toList())
                    .update();
        }
    }

    Map<Long, Membership> rolledMembers() {
        Map<Long, Membership> members = new HashMap<>();
        jdbc.sql("select person_id, team_id, start_date, left_on from adoption_rollup_member").query(rs -> {
            long team = rs.getLong("team_id");
            members.put(rs.getLong("person_id"), new Membership(rs.getLong("person_id"),
                    team == GroupedMeasures.NO_TEAM ? null : team, rs.getObject("start_date", LocalDate.class),
                    rs.getObject("left_on", LocalDate.class)));
        });
        return members;
    }

    void rolledMembers(Collection<Membership> members) {
        jdbc.sql("delete from adoption_rollup_member").update();
        batch.batchUpdate("insert into adoption_rollup_member (person_id, team_id, start_date, left_on) values (?, ?, ?, ?)",
                members, 500, (statement, member) -> {
                    statement.setLong(1, member.personId());
                    statement.setLong(2, member.teamId() == null ? GroupedMeasures.NO_TEAM : member.teamId());
                    statement.setDate(3, Date.valueOf(member.startDate()));
                    statement.setDate(4, member.leftOn() == null ? null : Date.valueOf(member.leftOn()));
                });
    }

    /**
     * Forgets the rows of [from, to): of every team and the company when {@code teams} is null,
     * else of those teams and the company's figures that are their sum ({@code derived}).
     */
    void forget(LocalDate from, LocalDate to, Collection<Long> teams, Collection<Metric> derived) {
        if (teams == null) {
            jdbc.sql("delete from adoption_day where day >= :from and day < :to").param("from", from).param("to", to).update();
            jdbc.sql("delete from adoption_hour where day >= :from and day < :to").param("from", from).param("to", to).update();
            return;
        }
        jdbc.sql("delete from adoption_day where day >= :from and day < :to and (team_id in (:teams)"
                + " or (team_id = " + COMPANY + " and metric in (:derived)))")
                .param("from", from).param("to", to).param("teams", List.copyOf(teams)).param("derived", names(derived))
                .update();
        jdbc.sql("delete from adoption_hour where day >= :from and day < :to and (team_id in (:teams) or team_id = "
                + COMPANY + ")").param("from", from).param("to", to).param("teams", List.copyOf(teams)).update();
    }

    /** The company's rows of [from, to) as the sum of the teams' (for the metrics measured per team). */
    void deriveCompany(LocalDate from, LocalDate to, Collection<Metric> derived) {
        jdbc.sql("insert into adoption_day (metric, team_id, day, value, basis) select metric, " + COMPANY
                + ", day, sum(value), sum(basis) from adoption_day where team_id >= 0 and day >= :from and day < :to"
                + " and metric in (:derived) group by metric, day")
                .param("from", from).param("to", to).param("derived", names(derived)).update();
        jdbc.sql("insert into adoption_hour (team_id, day, hour, actions) select " + COMPANY + ", day, hour, sum(actions)"
                + " from adoption_hour where team_id >= 0 and day >= :from and day < :to group by day, hour")
                .param("from", from).param("to", to).update();
    }

    /**
     * Sums again the weeks and months holding a day of [from, to) from their rolled days, for every
     * team and the company.
     */
    void deriveWeeksAndMonths(LocalDate from, LocalDate to) {
        for (Span span : Span.DERIVED) {
            LocalDate[] days = span.holding(from, to);
            jdbc.sql("delete from adoption_period where span = :span and period_start >= :from and period_start < :to")
                    .param("span", span.code).param("from", days[0]).param("to", days[1]).update();
            jdbc.sql("insert into adoption_period (span, metric, team_id, period_start, value, basis) select :span, metric,"
                    + " team_id, " + span.startOf("day") + " as start, sum(value), sum(basis) from adoption_day"
                    + " where day >= :from and day < :to group by metric, team_id, start")
                    .param("span", span.code).param("from", days[0]).param("to", days[1]).update();
        }
    }

    /**
     * Rolled figures of [from, to) per metric, team (of {@code teams}, {@link #COMPANY} for the
     * company) and period of {@code periods}, summed by the database: from the weeks or months
     * when the periods are made of them (their rows hold rolled days only), else from the days.
     */
    List<PeriodRow> periods(Collection<Metric> metrics, Collection<Long> teams, TimeBuckets periods, LocalDate from,
            LocalDate to) {
        if (metrics.isEmpty() || teams.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        Span span = Span.fitting(periods);
        String rows = span == Span.DAY ? "adoption_day where day >= :from and day < :to"
                : "adoption_period where span = '" + span.code + "' and period_start >= :from and period_start < :to";
        String day = span == Span.DAY ? "day" : "period_start";
        return jdbc.sql("select metric, team_id, " + TimeBuckets.dateBucket(day) + " as b, sum(value) as v,"
                + " sum(basis) as n from " + rows + " and metric in (:metrics) and team_id in (:teams)"
                + " group by metric, team_id, b")
                .param("metrics", names(metrics)).param("teams", List.copyOf(teams))
                .param("dayBounds", periods.dateBoundaries()).param("from", span.start(from)).param("to", to)
                .query((rs, i) -> new PeriodRow(Metric.valueOf(rs.getString("metric")), rs.getLong("team_id"),
                        rs.getInt("b"), rs.getDouble("v"), rs.getLong("n")))
                .list();
    }

    /** Rolled actions of one team (or the company) in [from, to), by weekday (Monday 0) and local hour. */
    void addHours(long team, LocalDate from, LocalDate to, long[][] actions) {
        if (!from.isBefore(to)) {
            return;
        }
        jdbc.sql("select weekday(day) as wd, hour, sum(actions) as actions from adoption_hour where team_id = :team"
                + " and day >= :from and day < :to group by wd, hour")
                .param("team", team).param("from", from).param("to", to)
                .query(rs -> {
                    actions[rs.getInt("wd")][rs.getInt("hour")] += rs.getLong("actions");
                });
    }

    private static List<String> names(Collection<Metric> metrics) {
        return metrics.stream().map(Metric::name).toList();
    }

    void insertDays(List<DayRow> rows) {
        batch.batchUpdate("insert into adoption_day (metric, team_id, day, value, basis) values (?, ?, ?, ?, ?)", rows, 1000,
                (statement, row) -> {
                    statement.setString(1, row.metric().name());
                    statement.setLong(2, row.teamId());
                    statement.setDate(3, Date.valueOf(row.day()));
                    statement.setDouble(4, row.value());
                    statement.setLong(5, row.basis());
                });
    }

    /** One team's actions in one local hour of one day. */
    record HourRow(long teamId, LocalDate day, int hour, long actions) {
    }

    void insertHours(Collection<HourRow> rows) {
        batch.batchUpdate("insert into adoption_hour (team_id, day, hour, actions) values (?, ?, ?, ?)", rows, 1000,
                (statement, row) -> {
                    statement.setLong(1, row.teamId());
                    statement.setDate(2, Date.valueOf(row.day()));
                    statement.setInt(3, row.hour());
                    statement.setLong(4, row.actions());
                });
    }
}
