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

    private final ReportBuilder reports;

    Heatmaps(ActivityStats activity, PersonService people, AnalyticsProperties properties, ReportBuilder reports) {
        this.activity = activity;
        this.people = people;
        this.properties = properties;
        this.reports = reports;
    }

    public ActivityHeatmap of(ReportRequest request) {
        TimeBuckets whole = Periods.whole(Periods.of(request, properties.zone()));
        Group group = Group.of(request.teamId(), people.memberships(), reports.tomorrow());
        long[][] actions = new long[7][24];
        if (reports.tooSmall(group, whole, 0)) {
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
