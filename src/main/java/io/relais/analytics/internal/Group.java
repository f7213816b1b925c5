package io.relais.analytics.internal;

import io.relais.people.Membership;
import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people a figure is about (a team's members, or everybody) and how present they were in
 * each period: person-days, from which person-weeks and the average headcount follow. People who
 * joined or left mid-period count for the days they were there; days from {@code until} on (the
 * rest of the current week or month) have not happened yet and count for nobody.
 */
record Group(Long teamId, Set<Long> personIds, List<Membership> members, LocalDate until) {

    static Group company(List<Membership> everybody, LocalDate until) {
        return new Group(null, null, everybody, until);
    }

    static Group team(long teamId, List<Membership> everybody, LocalDate until) {
        List<Membership> members = everybody.stream().filter(m -> m.teamId() != null && m.teamId() == teamId).toList();
        return new Group(teamId, members.stream().map(Membership::personId).collect(Collectors.toSet()), members, until);
    }

    static Group of(Long teamId, List<Membership> everybody, LocalDate until) {
        return teamId == null ? company(everybody, until) : team(teamId, everybody, until);
    }

    double personDays(TimeBuckets periods, int period) {
        LocalDate end = end(periods, period);
        long days = 0;
        for (Membership member : members) {
            days += member.daysPresent(periods.start(period), end);
        }
        return days;
    }

    /** The days of the period that have happened. */
    int days(TimeBuckets periods, int period) {
        return (int) Math.max(0, end(periods, period).toEpochDay() - periods.start(period).toEpochDay());
    }

    double headcount(TimeBuckets periods, int period) {
        int days = days(periods, period);
        return days == 0 ? 0 : personDays(periods, period) / days;
    }

    private LocalDate end(TimeBuckets periods, int period) {
        return periods.end(period).isAfter(until) ? until : periods.end(period);
    }
}
