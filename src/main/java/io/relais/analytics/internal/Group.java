package io.relais.analytics.internal;

import io.relais.people.Membership;
import io.relais.platform.db.TimeBuckets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people a figure is about (a team's members, or everybody) and how present they were in
 * each period: person-days, from which person-weeks and the average headcount follow. People who
 * joined or left mid-period count for the days they were there.
 */
record Group(Long teamId, Set<Long> personIds, List<Membership> members) {

    static Group company(List<Membership> everybody) {
        return new Group(null, null, everybody);
    }

    static Group team(long teamId, List<Membership> everybody) {
        List<Membership> members = everybody.stream().filter(m -> m.teamId() != null && m.teamId() == teamId).toList();
        return new Group(teamId, members.stream().map(Membership::personId).collect(Collectors.toSet()), members);
    }

    double personDays(TimeBuckets periods, int period) {
        long days = 0;
        for (Membership member : members) {
            days += member.daysPresent(periods.start(period), periods.end(period));
        }
        return days;
    }

    static int days(TimeBuckets periods, int period) {
        return (int) (periods.end(period).toEpochDay() - periods.start(period).toEpochDay());
    }

    double headcount(TimeBuckets periods, int period) {
        return personDays(periods, period) / days(periods, period);
    }
}
