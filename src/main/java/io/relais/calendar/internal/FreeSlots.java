package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.FreeSlotQuery;
import io.relais.calendar.Occurrence;
import io.relais.calendar.TimeSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds common free time: half-hour-aligned slots on working days that overlap nothing busy. */
public final class FreeSlots {

    private static final int STEP_MINUTES = 30;

    private FreeSlots() {
    }

    /**
     * Whether an occurrence makes its people unavailable: any timed event, and whole-day absences
     * except remote days (people working from home are reachable). Other all-day events (a
     * deadline, a trade fair one merely notes) do not block.
     */
    public static boolean blocks(Occurrence occurrence) {
        if (occurrence.absence()) {
            return occurrence.absenceType() != AbsenceType.REMOTE;
        }
        return !occurrence.allDay();
    }

    public static List<TimeSlot> find(FreeSlotQuery query, List<TimeSlot> busy, Instant notBefore) {
        List<TimeSlot> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(TimeSlot::start));
        List<TimeSlot> free = new ArrayList<>();
        for (LocalDate day = query.firstDay(); !day.isAfter(query.lastDay()) && free.size() < query.limit();
                day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDateTime latestStart = day.atTime(query.dayEnd()).minus(query.length());
            for (LocalDateTime start = day.atTime(query.dayStart()); !start.isAfter(latestStart)
                    && free.size() < query.limit(); start = start.plusMinutes(STEP_MINUTES)) {
                Instant from = start.atZone(query.zone()).toInstant();
                Instant to = from.plus(query.length());
                if (!from.isBefore(notBefore) && sorted.stream().noneMatch(b -> b.overlaps(from, to))) {
                    free.add(new TimeSlot(from, to));
                }
            }
        }
        return free;
    }
}
