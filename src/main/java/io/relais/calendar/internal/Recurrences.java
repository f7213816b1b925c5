package io.relais.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands events into occurrences with ical4j's RFC 5545 engine. A timed series expands in the
 * zone it was planned in, so "every Monday 09:00 Europe/Paris" stays at 09:00 local time on both
 * sides of a daylight-saving change (and moves for people elsewhere, as it should); an all-day
 * series expands in dates. Moved occurrences take their new times; cancelled ones disappear.
 */
public final class Recurrences {

    /** The longest a recurring occurrence may last, which bounds how far back a range looks. */
    public static final Duration LONGEST_OCCURRENCE = Duration.ofDays(31);

    /** A planned occurrence: its identity (planned start) and its actual times. */
    public record Planned(Instant originalStart, Instant start, Instant end, OccurrenceState state) {
    }

    private Recurrences() {
    }

    /** The occurrences of the event overlapping [from, to), in order of planned start. */
    public static List<Planned> expand(CalendarEvent event, Instant from, Instant to, Map<Instant, OccurrenceState> states) {
        List<Planned> result = new ArrayList<>();
        for (Instant planned : plannedStarts(event.values(), from.minus(event.duration()), to)) {
            OccurrenceState state = states.get(planned);
            if (state != null && state.isCancelled()) {
                continue;
            }
            Instant start = state != null && state.isMoved() ? state.getMovedStart() : planned;
            Instant end = state != null && state.isMoved() ? state.getMovedEnd() : planned.plus(event.duration());
            if (start.isBefore(to) && end.isAfter(from)) {
                result.add(new Planned(planned, start, end, state));
            }
        }
        // occurrences planned outside the range but moved into it
        for (OccurrenceState state : states.values()) {
            if (state.isMoved() && state.getMovedStart().isBefore(to) && state.getMovedEnd().isAfter(from)
                    && result.stream().noneMatch(p -> p.originalStart().equals(state.getOriginalStart()))
                    && isPlanned(event.values(), state.getOriginalStart())) {
                result.add(new Planned(state.getOriginalStart(), state.getMovedStart(), state.getMovedEnd(), state));
            }
        }
        result.sort(java.util.Comparator.comparing(Planned::start));
        return result;
    }

    /**
     * The planned starts of a series (or the single start of an event) in [from, to). For a
     * series, "from" is inclusive of occurrences starting exactly then.
     */
    public static List<Instant> plannedStarts(EventValues event, Instant from, Instant to) {
        if (event.rrule() == null) {
            return event.start().isBefore(to) && !event.start().isBefore(from) ? List.of(event.start()) : List.of();
        }
        ZoneId zone = event.zone();
        if (event.allDay()) {
            Recur<LocalDate> rule = new Recur<>(event.rrule());
            LocalDate seed = fastForward(rule, event.start().atZone(zone), from.atZone(zone).toLocalDate()).toLocalDate();
            List<LocalDate> dates = rule.getDates(seed, from.atZone(zone).toLocalDate(),
                    to.atZone(zone).toLocalDate().plusDays(1));
            List<Instant> starts = new ArrayList<>(dates.size());
            for (LocalDate date : dates) {
                Instant start = date.atStartOfDay(zone).toInstant();
                if (!start.isBefore(from) && start.isBefore(to)) {
                    starts.add(start);
                }
            }
            return starts;
        }
        Recur<ZonedDateTime> rule = new Recur<>(event.rrule());
        ZonedDateTime first = event.start().atZone(zone);
        ZonedDateTime seed = fastForward(rule, first, from.atZone(zone).toLocalDate());
        List<ZonedDateTime> dates = rule.getDates(seed, from.atZone(zone), to.atZone(zone));
        List<Instant> starts = new ArrayList<>(dates.size());
        for (ZonedDateTime date : dates) {
            // when the clocks go back, an hour happens twice: the series keeps its first start's offset
            Instant start = ZonedDateTime.ofLocal(date.toLocalDateTime(), zone, first.getOffset()).toInstant();
            if (!start.isBefore(from) && start.isBefore(to)) {
                starts.add(start);
            }
        }
        return starts;
    }

    /**
     * The series' first start moved forward by whole periods (days, weeks or months, in multiples
     * of the interval) to a little before {@code from}. ical4j walks every occurrence from the
     * first one, which for a week of a three-year-old daily series is a thousand steps; the
     * moved start plans exactly the same occurrences from there on. Not moved when the rule
     * counts its occurrences (COUNT), when a month has no such day (29th to 31st) or when the
     * local time does not exist exactly once on the new day (daylight-saving change).
     */
    static ZonedDateTime fastForward(Recur<?> rule, ZonedDateTime first, LocalDate from) {
        int interval = Math.max(1, rule.getInterval());
        ChronoUnit unit = switch (rule.getFrequency()) {
            case DAILY -> ChronoUnit.DAYS;
            case WEEKLY -> ChronoUnit.WEEKS;
            case MONTHLY -> first.getDayOfMonth() <= 28 ? ChronoUnit.MONTHS : null;
            default -> null;
        };
        if (unit == null || rule.getCount() > 0) {
            return first;
        }
        // two periods of margin: the occurrences of the moved start's own week or month all lie before "from"
        long periods = unit.between(first.toLocalDate(), from) / interval - 2;
        if (periods <= 0) {
            return first;
        }
        LocalDateTime moved = first.toLocalDateTime().plus(periods * interval, unit);
        return first.getZone().getRules().getValidOffsets(moved).size() == 1 ? moved.atZone(first.getZone()) : first;
    }

    /** Whether the series plans an occurrence starting exactly then. */
    public static boolean isPlanned(EventValues event, Instant start) {
        return plannedStarts(event, start, start.plusSeconds(1)).contains(start);
    }

    /**
     * When the last occurrence ends: {@code null} for a series without end, the event's end for a
     * single event. UNTIL gives an upper bound (enough for range queries); COUNT is expanded.
     */
    public static Instant seriesEnd(EventValues event) {
        if (event.rrule() == null) {
            return event.end();
        }
        Duration duration = Duration.between(event.start(), event.end());
        Recur<java.time.temporal.Temporal> rule = new Recur<>(event.rrule());
        if (rule.getCount() > 0) {
            Instant horizon = event.start().plus(Duration.ofDays(366L * 30));
            List<Instant> starts = plannedStarts(event, event.start(), horizon);
            return starts.isEmpty() ? event.end() : starts.getLast().plus(duration);
        }
        if (rule.getUntil() == null) {
            return null;
        }
        java.time.temporal.Temporal until = rule.getUntil();
        Instant last = switch (until) {
            case LocalDate date -> date.plusDays(1).atStartOfDay(event.zone()).toInstant();
            case java.time.LocalDateTime floating -> floating.atZone(event.zone()).toInstant();
            default -> Instant.from(until);
        };
        return last.plus(duration);
    }
}
