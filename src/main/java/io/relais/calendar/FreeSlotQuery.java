package io.relais.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Where to look for a meeting of some people: working days from {@code firstDay} to
 * {@code lastDay}, between {@code dayStart} and {@code dayEnd} in {@code zone}, slots of
 * {@code length} starting on the half hour, at most {@code limit} of them, earliest first.
 */
public record FreeSlotQuery(List<Long> personIds, LocalDate firstDay, LocalDate lastDay, LocalTime dayStart,
        LocalTime dayEnd, ZoneId zone, Duration length, int limit) {

    public FreeSlotQuery {
        personIds = List.copyOf(personIds);
        if (personIds.isEmpty() || lastDay.isBefore(firstDay) || !dayEnd.isAfter(dayStart) || length.isNegative()
                || length.isZero() || limit < 1) {
            throw new IllegalArgumentException("Invalid free-slot query");
        }
    }

    /** Office hours (9:00–18:00) in the zone, up to 20 slots. */
    public static FreeSlotQuery officeHours(List<Long> personIds, LocalDate firstDay, LocalDate lastDay,
            ZoneId zone, Duration length) {
        return new FreeSlotQuery(personIds, firstDay, lastDay, LocalTime.of(9, 0), LocalTime.of(18, 0), zone, length, 20);
    }
}
