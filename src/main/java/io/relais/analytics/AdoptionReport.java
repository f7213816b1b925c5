package io.relais.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one group over consecutive periods, chart-ready.
 *
 * @param teamId the team, or {@code null} for the whole company
 * @param periodStarts the first day of each period
 * @param headcount the group's average headcount in each period
 * @param index the adoption index per period
 * @param overallIndex the index over the whole range
 */
public record AdoptionReport(Long teamId, Granularity granularity, List<LocalDate> periodStarts, LocalDate end,
        List<Double> headcount, Map<Metric, MetricSeries> metrics, List<AdoptionIndex> index, AdoptionIndex overallIndex) {

    public MetricSeries series(Metric metric) {
        return metrics.get(metric);
    }
}
