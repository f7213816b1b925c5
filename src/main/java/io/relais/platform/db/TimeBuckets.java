package io.relais.platform.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Consecutive periods (weeks, months) as the database groups by them: MariaDB's
 * {@code INTERVAL(n, b1, b2, ...)} answers, by binary search, which period a row's time falls in,
 * so an aggregate over three years is one {@code GROUP BY} on an indexed range, exact across
 * daylight-saving changes (the boundaries are local midnights turned into UTC instants).
 *
 * <p>Timestamps are compared as the numbers MariaDB makes of them ({@code yyyyMMddHHmmss}, in
 * UTC as Relais writes them), dates as {@code yyyyMMdd}. Bucket numbers returned by the SQL are
 * 1-based: bucket {@code i} (0-based) is SQL value {@code i + 1}.
 */
public final class TimeBuckets {

    private static final DateTimeFormatter INSTANT_NUMBER = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DATE_NUMBER = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<LocalDate> boundaries;
    private final ZoneId zone;

    /**
     * @param boundaries the first day of each period followed by the day after the last one,
     *     ascending: n + 1 dates for n periods
     */
    public TimeBuckets(List<LocalDate> boundaries, ZoneId zone) {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("At least one period: " + boundaries);
        }
        for (int i = 1; i < boundaries.size(); i++) {
            if (!boundaries.get(i).isAfter(boundaries.get(i - 1))) {
                throw new IllegalArgumentException("Boundaries must ascend: " + boundaries);
            }
        }
        this.boundaries = List.copyOf(boundaries);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Whether every period is made of whole months (each boundary is the first of a month). */
    public boolean wholeMonths() {
        return boundaries.stream().allMatch(day -> day.getDayOfMonth() == 1);
    }

    /** Whether every period is made of whole ISO weeks (each boundary is a Monday). */
    public boolean wholeWeeks() {
        return boundaries.stream().allMatch(day -> day.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }

    public int size() {
        return boundaries.size() - 1;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate firstDay() {
        return boundaries.getFirst();
    }

    /** The day after the last period. */
    public LocalDate endDay() {
        return boundaries.getLast();
    }

    public LocalDate start(int bucket) {
        return boundaries.get(bucket);
    }

    public LocalDate end(int bucket) {
        return boundaries.get(bucket + 1);
    }

    public Instant startInstant(int bucket) {
        return start(bucket).atStartOfDay(zone).toInstant();
    }

    public Instant endInstant(int bucket) {
        return end(bucket).atStartOfDay(zone).toInstant();
    }

    /** The 0-based period holding that instant, or -1 outside them all. */
    public int indexOf(Instant instant) {
        return indexOf(instant.atZone(zone).toLocalDate());
    }

    /** The 0-based period holding that day, or -1 outside them all. */
    public int indexOf(LocalDate day) {
        if (day.isBefore(firstDay()) || !day.isBefore(endDay())) {
            return -1;
        }
        int low = 0;
        int high = size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (boundaries.get(middle).isAfter(day)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        return low;
    }

    /**
     * SQL for the 1-based period of a timestamp column; bind {@link #instantBoundaries()} as {@code
     * :bounds}. {@code INTERVAL} compares integers, so the fraction of a second is cut off first
     * (rounding could move 23:59:59.6 into the next day).
     */
    public static String instantBucket(String column) {
        return "interval(floor(" + column + " + 0), :bounds)";
    }

    /** SQL for the 1-based period of a date column; bind {@link #dateBoundaries()} as {@code :dayBounds}. */
    public static String dateBucket(String column) {
        return "interval(" + column + " + 0, :dayBounds)";
    }

    /**
     * A derived table of the periods' ends, one row per period: {@code b} (1-based), {@code end_day}
     * (date number), {@code end_at} (UTC timestamp number) and {@code days}, for figures taken at
     * the end of each period ("past its review date then"). Generated numbers only, no input.
     */
    public String endsTable() {
        StringBuilder sql = new StringBuilder("(");
        List<Long> days = dateBoundaries();
        List<Long> instants = instantBoundaries();
        for (int i = 0; i < size(); i++) {
            sql.append(i == 0 ? "select " : " union all select ").append(i + 1).append(i == 0 ? " as b, " : ", ")
                    .append(days.get(i + 1)).append(i == 0 ? " as end_day, " : ", ")
                    .append(instants.get(i + 1)).append(i == 0 ? " as end_at, " : ", ")
                    .append(end(i).toEpochDay() - start(i).toEpochDay()).append(i == 0 ? " as days" : "");
        }
        return sql.append(')').toString();
    }

    /** The boundaries as MariaDB numbers of UTC timestamps. */
    public List<Long> instantBoundaries() {
        return boundaries.stream().map(day -> Long.parseLong(utc(day.atStartOfDay(zone).toInstant()).format(INSTANT_NUMBER)))
                .toList();
    }

    /** The boundaries as MariaDB numbers of dates. */
    public List<Long> dateBoundaries() {
        return boundaries.stream().map(day -> Long.parseLong(day.format(DATE_NUMBER))).toList();
    }

    /** The first instant, as the UTC wall-clock time Relais stores, to bind in a range condition. */
    public LocalDateTime fromUtc() {
        return utc(startInstant(0));
    }

    /** The instant after the last period, as the UTC wall-clock time Relais stores. */
    public LocalDateTime toUtc() {
        return utc(endInstant(size() - 1));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
