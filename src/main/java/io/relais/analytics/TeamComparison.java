package io.relais.analytics;

import java.util.List;

/**
 * The teams side by side over the same periods: documents written per period (stacked, they add
 * up to what the teams wrote) and each team's overall figures.
 */
public record TeamComparison(List<java.time.LocalDate> periodStarts, List<Team> teams) {

    /**
     * @param saves document saves per period ({@code null} values when the team is too small)
     * @param index the team's adoption index over the range
     * @param writtenPerPersonWeek documents per person and week over the range
     * @param meetingHoursPerPersonWeek meeting hours per person and week over the range
     */
    public record Team(long teamId, String name, boolean tooSmall, List<Double> saves, Double index,
            Double writtenPerPersonWeek, Double meetingHoursPerPersonWeek) {
    }
}
