package io.relais.calendar;

import java.time.Instant;

/** A span of time, start included, end excluded. */
public record TimeSlot(Instant start, Instant end) {

    public TimeSlot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
