package io.relais.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The repetitions people set in the event form, as an RFC 5545 RRULE: every N days, weeks (on
 * some weekdays) or months, until a date or for a number of times. Imported events may carry
 * richer rules; those are kept as text and {@link #parse} answers empty for them.
 *
 * @param until last day (inclusive, in the event's zone) or {@code null}
 * @param count number of occurrences or {@code null}; never both until and count
 */
public record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> byDay, LocalDate until, Integer count) {

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY
    }

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public Recurrence {
        if (frequency == null || interval < 1 || interval > 99) {
            throw new IllegalArgumentException("Invalid recurrence");
        }
        if (until != null && count != null) {
            throw new IllegalArgumentException("UNTIL and COUNT are exclusive");
        }
        byDay = byDay == null || byDay.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byDay));
    }

    public static Recurrence weekly(Set<DayOfWeek> days) {
        return new Recurrence(Frequency.WEEKLY, 1, days, null, null);
    }

    public Recurrence withUntil(LocalDate lastDay) {
        return new Recurrence(frequency, interval, byDay, lastDay, null);
    }

    public Recurrence withCount(int times) {
        return new Recurrence(frequency, interval, byDay, null, times);
    }

    /**
     * The RRULE text. A timed event's UNTIL is the end of the last day in its zone, written in UTC
     * as RFC 5545 requires when DTSTART has a TZID; an all-day event's UNTIL is a date.
     */
    public String toRule(ZoneId zone, boolean allDay) {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(allDay ? until.format(DATE)
                    : until.atTime(LocalTime.MAX).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).format(UTC_STAMP));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (!byDay.isEmpty()) {
            List<String> days = new ArrayList<>();
            for (DayOfWeek day : EnumSet.copyOf(byDay)) {
                days.add(day.name().substring(0, 2));
            }
            rule.append(";BYDAY=").append(String.join(",", days));
        }
        return rule.toString();
    }

    /** The form's view of a stored rule, or empty when the rule says more than the form can show. */
    public static Optional<Recurrence> parse(String rule, ZoneId zone) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        Frequency frequency = null;
        int interval = 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        LocalDate until = null;
        Integer count = null;
        try {
            for (String part : rule.trim().toUpperCase(Locale.ROOT).split(";")) {
                String[] pair = part.split("=", 2);
                if (pair.length != 2) {
                    return Optional.empty();
                }
                switch (pair[0]) {
                    case "FREQ" -> frequency = Frequency.valueOf(pair[1]);
                    case "INTERVAL" -> interval = Integer.parseInt(pair[1]);
                    case "COUNT" -> count = Integer.parseInt(pair[1]);
                    case "UNTIL" -> until = untilDay(pair[1], zone);
                    case "BYDAY" -> {
                        for (String day : pair[1].split(",")) {
                            days.add(dayOf(day));
                        }
                    }
                    case "WKST" -> {
                        // the week start only matters for rules with BYWEEKNO or INTERVAL>1 weeks
                        // starting mid-week; Monday is the default we write anyway
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new Recurrence(frequency, interval, days, until, count));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate untilDay(String value, ZoneId zone) {
        if (value.length() == 8) {
            return LocalDate.parse(value, DATE);
        }
        if (value.endsWith("Z")) {
            return java.time.LocalDateTime.parse(value, UTC_STAMP.withZone(ZoneOffset.UTC)).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(zone).toLocalDate();
        }
        return java.time.LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toLocalDate();
    }

    private static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
