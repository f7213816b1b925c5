package io.relais.analytics.internal;

import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The periods the roll-up also keeps its rolled days summed by: ISO weeks from Monday and months
 * from the 1st, in the company's zone (a day is already a local date). A report whose periods are
 * whole weeks or months reads a row per week or month rather than one per day.
 */
enum Span {
    DAY("D"), WEEK("W"), MONTH("M");

    /** The spans derived from the rolled days. */
    static final List<Span> DERIVED = List.of(WEEK, MONTH);

    /** The value of the {@code span} columns. */
    final String code;

    Span(String code) {
        this.code = code;
    }

    /** The longest span whose periods tile these buckets exactly (every boundary starts one). */
    static Span fitting(TimeBuckets buckets) {
        return buckets.wholeMonths() ? MONTH : buckets.wholeWeeks() ? WEEK : DAY;
    }

    /** The start of the period holding a day. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The day after the end of the period holding a day. */
    LocalDate end(LocalDate day) {
        return switch (this) {
            case DAY -> day.plusDays(1);
            case WEEK -> start(day).plusWeeks(1);
            case MONTH -> start(day).plusMonths(1);
        };
    }

    /** The days of the periods of this span that hold a day of [from, to): [first, end). */
    LocalDate[] holding(LocalDate from, LocalDate to) {
        return new LocalDate[] {start(from), end(to.minusDays(1))};
    }

    /** SQL for the start of the period holding a date column. */
    String startOf(String column) {
        return switch (this) {
            case DAY -> column;
            case WEEK -> column + " - interval weekday(" + column + ") day";
            case MONTH -> column + " - interval (dayofmonth(" + column + ") - 1) day";
        };
    }
}
