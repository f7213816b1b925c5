package io.relais.analytics.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the sources measured for a group, or for every team at once, per period and over the
 * whole range. Rolled metrics come from the roll-up for the rolled days and from the sources for
 * the others (today, the rest of the period, days before the roll-up starts): additive ones as
 * sums, distinct-people ones as the people counted ({@link PresenceCounts}); other metrics from
 * the sources. The whole range of an additive metric is the sum of its periods, of a state at the
 * period's end its last period's; the others are asked for it.
 */
@Component
class Measurements {

    /** One metric's measures per period and over the whole range. */
    record Measured(List<Measure> periods, Measure overall) {

        /** Nothing measured: zeros for a count, no data for the others. */
        static Measured none(Metric metric, int periods) {
            return new Sums(periods).measured(metric);
        }
    }

    private final Sources sources;
    private final Rollups rollups;
    private final RollupStore store;
    private final PresenceCounts presence;

    Measurements(Sources sources, Rollups rollups, RollupStore store, PresenceCounts presence) {
        this.sources = sources;
        this.rollups = rollups;
        this.store = store;
        this.presence = presence;
    }

    /** For one group (a team's members, or everybody). */
    Map<Metric, Measured> of(Group group, TimeBuckets periods, Collection<Metric> metrics) {
        long key = group.teamId() == null ? RollupStore.COMPANY : group.teamId();
        Map<Long, Map<Metric, Measured>> measured = measure(group.personIds(), false, List.of(key), periods, metrics);
        return measured.getOrDefault(GroupedMeasures.ASKED, Map.of());
    }

    /** For these teams (keyed by team id), each metric asked once for all of them. */
    Map<Long, Map<Metric, Measured>> perTeam(Collection<Long> teams, TimeBuckets periods, Collection<Metric> metrics) {
        return measure(null, true, teams, periods, metrics);
    }

    private Map<Long, Map<Metric, Measured>> measure(Set<Long> people, boolean byTeam, Collection<Long> rolledKeys,
            TimeBuckets periods, Collection<Metric> metrics) {
        Set<Metric> rolled = rollups.rolled();
        Set<Metric> rolledPeople = rollups.rolledPeople();
        RollupStore.State state = rollups.state();
        Map<Metric, Map<Long, Sums>> sums = new EnumMap<>(Metric.class);
        TimeBuckets whole = Periods.whole(periods);
        Map<Metric, GroupedMeasures> overall = new EnumMap<>(Metric.class);
        List<Metric> fromRollup = metrics.stream().filter(rolled::contains).toList();
        LocalDate rolledFrom = state.rolledFrom(periods.firstDay(), periods.endDay());
        LocalDate rolledTo = state.rolledTo(periods.endDay());
        for (RollupStore.PeriodRow row : store.periods(fromRollup, rolledKeys, periods, rolledFrom, rolledTo)) {
            long group = byTeam ? row.teamId() : GroupedMeasures.ASKED;
            sums(sums, row.metric(), group, periods).add(row.bucket() - 1, row.value(), row.basis());
        }
        for (Metric metric : metrics) {
            AdoptionSource source = sources.of(metric).orElse(null);
            if (source == null) {
                continue;
            }
            if (rolledPeople.contains(metric)) {
                add(sums, metric, periods, 0,
                        presence.count(metric, source, new AdoptionQuery(people, periods, byTeam), rolledFrom, rolledTo));
                overall.put(metric, presence.count(metric, source, new AdoptionQuery(people, whole, byTeam), rolledFrom, rolledTo));
                continue;
            }
            List<LocalDate[]> live = fromRollup.contains(metric) ? Periods.notRolled(periods, rolledFrom, rolledTo)
                    : List.<LocalDate[]>of(new LocalDate[] {periods.firstDay(), periods.endDay()});
            for (LocalDate[] segment : live) {
                TimeBuckets within = Periods.within(periods, segment[0], segment[1]);
                add(sums, metric, periods, periods.indexOf(segment[0]),
                        source.measureGroups(metric, new AdoptionQuery(people, within, byTeam)));
            }
            if (!metric.additive() && !metric.atPeriodEnd()) {
                overall.put(metric, source.measureGroups(metric, new AdoptionQuery(people, whole, byTeam)));
            }
        }
        Map<Long, Map<Metric, Measured>> result = new HashMap<>();
        for (Metric metric : metrics) {
            if (sources.of(metric).isEmpty()) {
                continue;
            }
            Map<Long, Sums> groups = sums.getOrDefault(metric, Map.of());
            Set<Long> keys = new HashSet<>(groups.keySet());
            Optional.ofNullable(overall.get(metric)).ifPresent(o -> keys.addAll(o.groups().keySet()));
            if (!byTeam) {
                keys.add(GroupedMeasures.ASKED);
            }
            for (long group : keys) {
                Sums perPeriod = groups.getOrDefault(group, new Sums(periods.size()));
                List<Measure> measures = perPeriod.measures(metric);
                Measured measured = overall.containsKey(metric) ? new Measured(measures, overall.get(metric).of(group).getFirst())
                        : metric.atPeriodEnd() ? new Measured(measures, measures.getLast())
                        : perPeriod.measured(metric);
                result.computeIfAbsent(group, g -> new EnumMap<>(Metric.class)).put(metric, measured);
            }
        }
        return result;
    }

    /** Adds what a source measured from period {@code offset} on. */
    private static void add(Map<Metric, Map<Long, Sums>> sums, Metric metric, TimeBuckets periods, int offset,
            GroupedMeasures measured) {
        measured.groups().forEach((group, measures) -> {
            for (int i = 0; i < measures.size(); i++) {
                sums(sums, metric, group, periods).add(offset + i, measures.get(i).value(), measures.get(i).basis());
            }
        });
    }

    private static Sums sums(Map<Metric, Map<Long, Sums>> sums, Metric metric, long group, TimeBuckets periods) {
        return sums.computeIfAbsent(metric, m -> new HashMap<>()).computeIfAbsent(group, g -> new Sums(periods.size()));
    }

    /** A metric's value and basis per period, summed from rolled days and live measures. */
    private static final class Sums {

        private final double[] values;
        private final long[] bases;

        Sums(int periods) {
            values = new double[periods];
            bases = new long[periods];
        }

        void add(int period, double value, long basis) {
            values[period] += value;
            bases[period] += basis;
        }

        List<Measure> measures(Metric metric) {
            List<Measure> measures = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                measures.add(measure(metric, values[i], bases[i]));
            }
            return measures;
        }

        /** Per period, and over the range as their sum (additive metrics). */
        Measured measured(Metric metric) {
            double value = 0;
            long basis = 0;
            for (int i = 0; i < values.length; i++) {
                value += values[i];
                basis += bases[i];
            }
            return new Measured(measures(metric), measure(metric, value, basis));
        }

        private static Measure measure(Metric metric, double value, long basis) {
            return metric.counted() ? new Measure(value, 1) : basis == 0 ? Measure.NONE : new Measure(value, basis);
        }
    }
}
