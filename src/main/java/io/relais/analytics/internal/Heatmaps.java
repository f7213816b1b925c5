package io.relais.analytics.internal;

import io.relais.activity.ActivityStats;
import io.relais.analytics.ActivityHeatmap;
import io.relais.analytics.AnalyticsProperties;
import io.relais.analytics.ReportRequest;
import io.relais.people.PersonService;
import io.relais.platform.db.TimeBuckets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekday/hour heatmap of a group's activity, in the company's zone: rolled days from the
 * roll-up (actions per local day and hour), the others counted per UTC hour by the database and
 * placed in the zone here (exact across daylight-saving changes).
 */
@Component
public class Heatmaps {

    private final ActivityStats activity;
    private final PersonService people;
    private final AnalyticsProperties properties;

    private final ReportBuilder reports;
    private final Rollups rollups;
    private final RollupStore store;

    Heatmaps(ActivityStats activity, PersonService people, AnalyticsProperties properties, ReportBuilder reports,
            Rollups rollups, RollupStore store) {
        this.activity = activity;
        this.people = people;
        this.properties = properties;
        this.reports = reports;
        this.rollups = rollups;
        this.store = store;
    }

    /** Rolled days from the roll-up, the others (today, days before it starts) counted live. */
    @Transactional(readOnly = true)
    public ActivityHeatmap of(ReportRequest request) {
        TimeBuckets whole = Periods.whole(Periods.of(request, properties.zone()));
        Group group = Group.of(request.teamId(), people.memberships(), reports.tomorrow());
        long[][] actions = new long[7][24];
        if (reports.tooSmall(group, whole, 0)) {
            return new ActivityHeatmap(actions, null, true);
        }
        RollupStore.State state = rollups.state();
        LocalDate from = whole.firstDay();
        LocalDate to = whole.endDay();
        LocalDate rolledFrom = state.rolledFrom(from, to);
        LocalDate rolledTo = state.rolledTo(to);
        if (rolledFrom.isBefore(rolledTo)) {
            store.addHours(group.teamId() == null ? RollupStore.COMPANY : group.teamId(), rolledFrom, rolledTo, actions);
            addLive(group, from, rolledFrom, actions);
            addLive(group, rolledTo, to, actions);
        } else {
            addLive(group, from, to, actions);
        }
        long afterHours = 0;
        long total = 0;
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                total += actions[day][hour];
                if (afterHours(DayOfWeek.of(day + 1), hour)) {
                    afterHours += actions[day][hour];
                }
            }
        }
        return new ActivityHeatmap(actions, total == 0 ? null : (double) afterHours / total, false);
    }

    private void addLive(Group group, LocalDate from, LocalDate to, long[][] actions) {
        if (!from.isBefore(to)) {
            return;
        }
        for (ActivityStats.HourCount hour : activity.actionsPerHour(group.personIds(),
                from.atStartOfDay(properties.zone()).toInstant(), to.atStartOfDay(properties.zone()).toInstant())) {
            ZonedDateTime local = hour.hour().atZone(properties.zone());
            actions[local.getDayOfWeek().getValue() - 1][local.getHour()] += hour.actions();
        }
    }

    private boolean afterHours(DayOfWeek day, int hour) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                || hour < properties.workdayStart() || hour >= properties.workdayEnd();
    }
}
