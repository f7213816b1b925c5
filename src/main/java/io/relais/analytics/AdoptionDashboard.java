package io.relais.analytics;

/**
 * Everything the adoption dashboard shows for one request.
 *
 * @param compared the report of the range compared with, or {@code null} when none is
 */
public record AdoptionDashboard(AdoptionReport report, AdoptionReport compared, TeamComparison teams,
        ActivityHeatmap heatmap) {
}
