package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * What a source measured per group, one measure per period each: the group asked ({@link #ASKED})
 * or, for a query {@link AdoptionQuery#split() split} by team or person, each team or person that
 * had something (one without a row measured nothing).
 *
 * @param counts whether a period without a row reads 0 (counts) rather than "nothing to measure"
 */
public record GroupedMeasures(Map<Long, List<Measure>> groups, int periods, boolean counts) {

    /** The key of a query's single group (and of the whole company in the roll-up). */
    public static final long ASKED = -1;
    /** The key of people without a team, in a query by team. */
    public static final long NO_TEAM = 0;

    public GroupedMeasures {
        groups = Map.copyOf(groups);
    }

    /** The same measures for the group asked. */
    public static GroupedMeasures asked(List<Measure> measures, boolean counts) {
        return new GroupedMeasures(Map.of(ASKED, measures), measures.size(), counts);
    }

    /** Every period without data. */
    public static GroupedMeasures none(TimeBuckets buckets) {
        return new GroupedMeasures(Map.of(), buckets.size(), false);
    }

    /** One group's measures; a group without a row reads as nothing measured (0 for counts). */
    public List<Measure> of(long group) {
        List<Measure> measured = groups.get(group);
        return measured != null ? measured : Collections.nCopies(periods, empty(counts));
    }

    public List<Measure> asked() {
        return of(ASKED);
    }

    /**
     * Each group and period (0-based) with a figure above 0: for a query {@link AdoptionQuery.Split#PERSON by
     * person} of a distinct-people metric, who counted in which period.
     */
    public void eachPresent(ObjIntConsumer<Long> present) {
        groups.forEach((group, measures) -> {
            for (int period = 0; period < measures.size(); period++) {
                if (measures.get(period).value() > 0) {
                    present.accept(group, period);
                }
            }
        });
    }

    /** What a period without data reads as. */
    static Measure empty(boolean counts) {
        return counts ? Measure.count(0) : Measure.NONE;
    }

    static Measure[] emptyPeriods(int periods, boolean counts) {
        Measure[] result = new Measure[periods];
        Arrays.fill(result, empty(counts));
        return result;
    }
}
