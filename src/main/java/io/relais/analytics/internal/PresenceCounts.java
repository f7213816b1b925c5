package io.relais.analytics.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.people.Membership;
import io.relais.people.PersonService;
import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A distinct-people figure (contributors) per group and period: the people the roll-up counted on
 * the period's rolled days, plus those its source counts live on the other days (today, days not
 * rolled yet) who were not counted on a rolled day of the same period already. A person counts in
 * their current team, as when measured live.
 */
@Component
class PresenceCounts {

    private final PresenceStore store;
    private final PersonService people;

    PresenceCounts(PresenceStore store, PersonService people) {
        this.store = store;
        this.people = people;
    }

    /** The people counted per period of the query, per group it asks for; rolled days are [rolledFrom, rolledTo). */
    GroupedMeasures count(Metric metric, AdoptionSource source, AdoptionQuery query, LocalDate rolledFrom,
            LocalDate rolledTo) {
        TimeBuckets periods = query.buckets();
        Span span = Span.fitting(periods);
        Map<Long, long[]> counts = new HashMap<>();
        store.count(metric, span, query).groups().forEach((group, measures) -> {
            for (int period = 0; period < measures.size(); period++) {
                perPeriod(counts, group, periods)[period] += Math.round(measures.get(period).value());
            }
        });
        Map<Integer, Set<Long>> live = live(metric, source, query, rolledFrom, rolledTo);
        if (!live.isEmpty()) {
            Set<Long> livePeople = new HashSet<>();
            live.values().forEach(livePeople::addAll);
            Map<Integer, Set<Long>> rolled = store.counted(metric, span, periods, livePeople);
            Map<Long, Long> teams = query.byTeam() ? teams() : Map.of();
            live.forEach((period, present) -> {
                Set<Long> countedAlready = rolled.getOrDefault(period, Set.of());
                for (long person : present) {
                    if (!countedAlready.contains(person)) {
                        long group = query.byTeam() ? teams.getOrDefault(person, GroupedMeasures.NO_TEAM) : GroupedMeasures.ASKED;
                        perPeriod(counts, group, periods)[period]++;
                    }
                }
            });
        }
        Map<Long, List<Measure>> groups = new HashMap<>();
        counts.forEach((group, perPeriod) -> groups.put(group, Arrays.stream(perPeriod).mapToObj(Measure::count).toList()));
        return new GroupedMeasures(groups, periods.size(), true);
    }

    private static long[] perPeriod(Map<Long, long[]> counts, long group, TimeBuckets periods) {
        return counts.computeIfAbsent(group, g -> new long[periods.size()]);
    }

    /** Who the source counts per period (0-based) on the days not rolled, asked by person. */
    private static Map<Integer, Set<Long>> live(Metric metric, AdoptionSource source, AdoptionQuery query, LocalDate rolledFrom,
            LocalDate rolledTo) {
        TimeBuckets periods = query.buckets();
        Map<Integer, Set<Long>> live = new HashMap<>();
        for (LocalDate[] segment : Periods.notRolled(periods, rolledFrom, rolledTo)) {
            int offset = periods.indexOf(segment[0]);
            AdoptionQuery byPerson = new AdoptionQuery(query.personIds(), Periods.within(periods, segment[0], segment[1]),
                    AdoptionQuery.Split.PERSON);
            source.measureGroups(metric, byPerson)
                    .eachPresent((person, period) -> live.computeIfAbsent(offset + period, p -> new HashSet<>()).add(person));
        }
        return live;
    }

    /** Everybody's current team ({@link GroupedMeasures#NO_TEAM} without one). */
    private Map<Long, Long> teams() {
        Map<Long, Long> teams = new HashMap<>();
        for (Membership member : people.memberships()) {
            teams.put(member.personId(), Rollups.teamKey(member));
        }
        return teams;
    }
}
