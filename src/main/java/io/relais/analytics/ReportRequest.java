package io.relais.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which figures: a team (or the whole company), periods of a granularity, covering the days from
 * {@code first} to {@code last} (whole periods: the week or month holding each end is included).
 *
 * @param teamId a team, or {@code null} for the whole company
 */
public record ReportRequest(Long teamId, Granularity granularity, LocalDate first, LocalDate last) {

    public ReportRequest {
        Objects.requireNonNull(granularity);
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
    }

    public ReportRequest withTeam(Long team) {
        return new ReportRequest(team, granularity, first, last);
    }
}
