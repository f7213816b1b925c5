package io.relais.analytics;

import java.util.List;
import java.util.Set;

/**
 * A feature that measures some adoption {@link Metric}s from its own data. Implementations live
 * in the owning module (documents, calendar, search, rituals, onboarding) and aggregate in the
 * database: one query per metric for all periods (and all teams, asked by team), never loading
 * rows to count them.
 *
 * <p>The analytics service has already checked that the caller may see the group; sources do
 * not check again, and return aggregates only (drill-downs list what the caller may open).
 */
public interface AdoptionSource {

    /** The metrics this source measures. */
    Set<Metric> metrics();

    /**
     * One measure per period of the query, for the group asked, per team or per person ({@link
     * AdoptionQuery#split()}). A metric that exists for the whole company only ({@link
     * Metric#perGroup()}) is never asked by team; only a rolled-up distinct-people metric ({@link
     * Metric#distinctPeople()}) is asked by person.
     */
    GroupedMeasures measureGroups(Metric metric, AdoptionQuery query);

    /**
     * The metrics whose figures of a day, once the day is over, only change through a call to
     * {@link AdoptionChanges}: those the roll-up stores per day (additive ones: counts and shares,
     * and distinct-people counts, kept as who counted each day; never medians or end-of-period
     * states). Others are measured live.
     */
    default Set<Metric> rolledUp() {
        return Set.of();
    }

    /** One measure per period of the query, for the group asked. */
    default List<Measure> measure(Metric metric, AdoptionQuery query) {
        return measureGroups(metric, query).asked();
    }

    /**
     * What lies behind one metric over the query's range (the drill-down: the service asks for a
     * single period), at most {@code limit}, restricted to what the signed-in person may open.
     * Empty when the metric has nothing to list.
     */
    List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit);
}
