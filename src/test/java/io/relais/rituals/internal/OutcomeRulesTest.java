package io.relais.rituals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.calendar.OccurrenceOutcome;
import io.relais.calendar.OccurrenceRecord;
import io.relais.rituals.ParticipantsRule;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualSettings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The outcome of an occurrence, at a moment given by a fixed clock. */
class OutcomeRulesTest {

    private static final Instant START = Instant.parse("2026-03-30T07:30:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(30));
    private static final RitualSettings TRIOS = new RitualSettings(1, 0, RitualKind.MONDAY_TRIOS, "Trio", "Purpose",
            DayOfWeek.MONDAY, LocalTime.of(9, 30), 30, ZoneId.of("Europe/Paris"), ParticipantsRule.EVERYBODY, Set.of(),
            "", true, null, List.of());
    private static final RitualMeeting MEETING = stored(new RitualMeeting(1, "trio:2026-03-30:1", LocalDate.of(2026, 3, 30),
            START, END, List.of(3L, 1L, 2L), START));

    /** As read back from the database, with its id. */
    private static RitualMeeting stored(RitualMeeting meeting) {
        ReflectionTestUtils.setField(meeting, "id", 9L);
        return meeting;
    }

    private static RitualOccurrence at(Clock clock, OccurrenceOutcome outcome, boolean cancelled) {
        return OutcomeRules.evaluate(TRIOS, MEETING, new OccurrenceRecord(7, START, START, END, cancelled, outcome),
                clock.instant());
    }

    private static Clock after(Duration elapsedSinceEnd) {
        return Clock.fixed(END.plus(elapsedSinceEnd), ZoneOffset.UTC);
    }

    @Test
    void nothingKnownIsUnknownUntilTheMinutesDeadlinePasses() {
        OccurrenceOutcome nothing = new OccurrenceOutcome(null, null, null, null);
        RitualOccurrence soon = at(after(Duration.ofHours(23)), nothing, false);
        assertThat(soon.held()).isNull();
        assertThat(soon.withinBudget()).isNull();
        assertThat(soon.minutesWithin24h()).isNull();
        assertThat(soon.participantIds()).containsExactly(1L, 2L, 3L);
        assertThat(at(after(Duration.ofHours(25)), nothing, false).minutesWithin24h()).isFalse();
    }

    @Test
    void minutesCountWhenWrittenWithinADayOfTheEndAndImplyTheMeetingWasHeld() {
        RitualOccurrence onTime = at(after(Duration.ofDays(10)),
                new OccurrenceOutcome(null, null, 42L, END.plus(Duration.ofHours(24))), false);
        assertThat(onTime.minutesWithin24h()).isTrue();
        assertThat(onTime.held()).isTrue();
        assertThat(onTime.minutesDocumentId()).isEqualTo(42L);
        RitualOccurrence late = at(after(Duration.ofDays(10)),
                new OccurrenceOutcome(null, null, 42L, END.plus(Duration.ofHours(24)).plusSeconds(1)), false);
        assertThat(late.minutesWithin24h()).isFalse();
    }

    @Test
    void theTimeBudgetIsTheRitualsDuration() {
        assertThat(at(after(Duration.ZERO), new OccurrenceOutcome(true, 30, null, null), false).withinBudget()).isTrue();
        assertThat(at(after(Duration.ZERO), new OccurrenceOutcome(true, 31, null, null), false).withinBudget()).isFalse();
    }

    @Test
    void aCancelledOrNotHeldMeetingOwesNoMinutes() {
        RitualOccurrence cancelled = at(after(Duration.ofDays(3)), new OccurrenceOutcome(null, null, null, null), true);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.held()).isFalse();
        assertThat(cancelled.minutesWithin24h()).isNull();
        RitualOccurrence notHeld = at(after(Duration.ofDays(3)), new OccurrenceOutcome(false, 20, null, null), false);
        assertThat(notHeld.held()).isFalse();
        assertThat(notHeld.withinBudget()).isNull();
        assertThat(notHeld.minutesWithin24h()).isNull();
    }
}
