package io.relais.people;

import java.time.LocalDate;

/**
 * When a person was with the company, and in which team (their current one: the directory keeps
 * no team history). What per-person figures are divided by.
 *
 * @param leftOn their last day, or {@code null} while they are with the company
 */
public record Membership(long personId, Long teamId, LocalDate startDate, LocalDate leftOn) {

    /** Days present in [from, to). */
    public long daysPresent(LocalDate from, LocalDate to) {
        LocalDate first = startDate.isAfter(from) ? startDate : from;
        LocalDate end = leftOn == null || !leftOn.plusDays(1).isBefore(to) ? to : leftOn.plusDays(1);
        return Math.max(0, end.toEpochDay() - first.toEpochDay());
    }
}
