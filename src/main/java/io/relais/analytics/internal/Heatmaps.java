package io.relais.analytics.internal;

import io.relais.activity.ActivityStats;
import io.relais.analytics.ActivityHeatmap;
import io.relais.analytics.AnalyticsProperties;
import io.relais.analytics.ReportRequest;
import io.relais.people.PersonService;
import io.relais.platform.db.TimeBuckets;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The weekday/hour heatmap of a group's activity: the database counts actions per UTC hour, each
 * hour is then placed in the company's zone (exact across daylight-saving changes).
 */
@Component
public class Heatmaps {

    private final ActivityStats activity;
    private final PersonService people;
    private final AnalyticsProperties properties;

    Heatmaps(ActivityStats activity, PersonService people, AnalyticsProperties properties) {
        this.activity = activity;
        this.people = people;
        this.properties = properties;
    }

    public ActivityHeatmap of(ReportRequest request) {
        TimeBuckets whole = Periods.whole(Periods.of(request, properties.zone()));
        var everybody = people.memberships();
        Group group = request.teamId() == null ? Group.company(everybody) : Group.team(request.teamId(), everybody);
        long[][] actions = new long[7][24];
        if (group.headcount(whole, 0) < properties.minGroupSize()) {
            return new ActivityHeatmap(actions, null, true);
        }
        long afterHours = 0;
        long total = 0;
        for (ActivityStats.HourCount hour : activity.actionsPerHour(group.personIds(), whole.startInstant(0),
                whole.endInstant(0))) {
            ZonedDateTime local = hour.hour().atZone(properties.zone());
            actions[local.getDayOfWeek().getValue() - 1][local.getHour()] += hour.actions();
            total += hour.actions();
            if (afterHours(local)) {
                afterHours += hour.actions();
            }
        }
        return new ActivityHeatmap(actions, total == 0 ? null : (double) afterHours / total, false);
    }

    private boolean afterHours(ZonedDateTime local) {
        return local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY
                || local.getHour() < properties.workdayStart() || local.getHour() >= properties.workdayEnd();
    }
}
