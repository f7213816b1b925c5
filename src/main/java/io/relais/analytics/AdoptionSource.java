package io.relais.analytics;

import java.util.List;
import java.util.Set;

/**
 * A feature that measures some adoption {@link Metric}s from its own data. Implementations live
 * in the owning module (documents, calendar, search; rituals and onboarding when they come) and
 * aggregate in the database: one query per metric for all periods, never loading rows to count them.
 *
 * <p>The analytics service has already checked that the caller may see the group; sources do
 * not check again, and return aggregates only (drill-downs list what the caller may open).
 */
public interface AdoptionSource {

    /** The metrics this source measures. */
    Set<Metric> metrics();

    /** One measure per period of the query, in order. */
    List<Measure> measure(Metric metric, AdoptionQuery query);

    /**
     * What lies behind one metric over the query's range (the drill-down: the service asks for a
     * single period), at most {@code limit}, restricted to what the signed-in person may open.
     * Empty when the metric has nothing to list.
     */
    List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit);
}
