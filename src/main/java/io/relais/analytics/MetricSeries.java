package io.relais.analytics;

import java.util.List;

/**
 * One metric of a report: its figure per period ({@code null} where there is nothing to show)
 * and over the whole range.
 *
 * @param status why figures may be missing
 * @param values one per period of the report, as shown (shares as 0..1)
 * @param overall the figure over the whole range (not an average of the periods)
 */
public record MetricSeries(Metric metric, Status status, List<Double> values, Double overall) {

    public enum Status {
        /** Measured; a {@code null} value means nothing happened to measure in that period. */
        MEASURED,
        /** No feature measures it yet ("no data yet"). */
        NO_SOURCE,
        /** Measured for the whole company only (searches are anonymous). */
        COMPANY_ONLY,
        /** The group is smaller than the minimum group size: not shown. */
        TOO_SMALL
    }
}
