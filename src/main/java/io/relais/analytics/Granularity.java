package io.relais.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How figures are grouped in time: ISO weeks (from Monday) or calendar months. */
public enum Granularity {
    WEEK, MONTH;

    /** The start of the period holding that day. */
    public LocalDate periodStart(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public LocalDate next(LocalDate periodStart) {
        return this == WEEK ? periodStart.plusWeeks(1) : periodStart.plusMonths(1);
    }
}
