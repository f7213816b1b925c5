package io.relais.rituals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting that already took place, recorded by {@link RitualBackfill} (demo history, imports).
 *
 * @param key unique per ritual, as planning makes them ({@code trio:<monday>:<n>},
 *     {@code all-hands:<day>}, {@code one-on-one:<newcomer>:<partner>:<day>})
 * @param start the calendar occurrence's planned start
 */
public record PastMeeting(RitualKind kind, String key, LocalDate date, Instant start, Instant end, long eventId,
        Long minutesDocumentId, List<Long> participantIds) {

    public PastMeeting {
        participantIds = List.copyOf(participantIds);
    }

    /** The key of the trio number {@code number} (from 1) of a Monday. */
    public static String trioKey(LocalDate monday, int number) {
        return "trio:" + monday + ":" + number;
    }

    public static String allHandsKey(LocalDate day) {
        return "all-hands:" + day;
    }

    public static String oneOnOneKey(long newcomerId, long partnerId, int dayNumber) {
        return "one-on-one:" + newcomerId + ":" + partnerId + ":" + dayNumber;
    }
}
