package io.relais.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.calendar.EventForm;
import io.relais.calendar.Recurrence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 5545 expansion as people expect it: local time kept across DST, exceptions honoured. */
class RecurrencesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static CalendarEvent event(EventForm form) {
        CalendarEvent event = new CalendarEvent(1, "uid", 1, null, NOW);
        event.define(EventForms.values(form, null), NOW);
        return event;
    }

    private static CalendarEvent weeklyMondayNine(LocalDate first) {
        return event(EventForm.timed(1, "Trio", first.atTime(9, 0), first.atTime(9, 30), PARIS)
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY))));
    }

    @Test
    void weeklySeriesKeepsNineOClockParisTimeAcrossBothDaylightSavingChanges() {
        CalendarEvent event = weeklyMondayNine(LocalDate.of(2026, 3, 16));
        List<Recurrences.Planned> march = Recurrences.expand(event, Instant.parse("2026-03-15T00:00:00Z"),
                Instant.parse("2026-04-07T00:00:00Z"), Map.of());
        assertThat(march).extracting(p -> p.start().atZone(PARIS).toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 3, 16, 9, 0), LocalDateTime.of(2026, 3, 23, 9, 0),
                LocalDateTime.of(2026, 3, 30, 9, 0), LocalDateTime.of(2026, 4, 6, 9, 0));
        // summer time starts on 29 March: the instant moves from 08:00Z to 07:00Z
        assertThat(march.get(1).start()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(march.get(2).start()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));

        List<Recurrences.Planned> october = Recurrences.expand(event, Instant.parse("2026-10-19T00:00:00Z"),
                Instant.parse("2026-11-03T00:00:00Z"), Map.of());
        assertThat(october).extracting(p -> p.start().atZone(PARIS).toLocalTime()).containsOnly(LocalTime.of(9, 0));
        assertThat(october).extracting(Recurrences.Planned::start).containsExactly(
                Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"),
                Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(october).allSatisfy(p -> assertThat(java.time.Duration.between(p.start(), p.end())).hasMinutes(30));
    }

    @Test
    void anAttendeeInTorontoSeesTheParisMeetingMoveWhenOnlyOneSideChangesClocks() {
        // Europe changes on 29 March, North America on 8 March: for three weeks the gap is 5 h, not 6 h
        CalendarEvent event = weeklyMondayNine(LocalDate.of(2026, 3, 2));
        List<Recurrences.Planned> weeks = Recurrences.expand(event, Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-07T00:00:00Z"), Map.of());
        assertThat(weeks).extracting(p -> p.start().atZone(TORONTO).toLocalTime()).containsExactly(
                LocalTime.of(3, 0), LocalTime.of(4, 0), LocalTime.of(4, 0), LocalTime.of(4, 0), LocalTime.of(3, 0),
                LocalTime.of(3, 0));
    }

    @Test
    void dailyAtHalfPastTwoSkipsNothingOnTheNightTheClockJumpsOver() {
        CalendarEvent event = event(EventForm.timed(1, "Night job", LocalDateTime.of(2026, 3, 27, 2, 30),
                LocalDateTime.of(2026, 3, 27, 2, 45), PARIS).withRecurrence(
                new Recurrence(Recurrence.Frequency.DAILY, 1, Set.of(), null, 4)));
        List<Recurrences.Planned> days = Recurrences.expand(event, Instant.parse("2026-03-26T00:00:00Z"),
                Instant.parse("2026-04-02T00:00:00Z"), Map.of());
        assertThat(days).hasSize(4);
        // 02:30 does not exist on 29 March in Paris: the occurrence is shifted forward, not dropped
        assertThat(days.get(2).start().atZone(PARIS).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(event.getSeriesEndAt()).isEqualTo(days.get(3).end());
    }

    @Test
    void untilIsInclusiveOfTheLastDayAndCountLimitsOccurrences() {
        CalendarEvent until = event(EventForm.timed(1, "Stand-up", LocalDateTime.of(2026, 5, 4, 9, 30),
                LocalDateTime.of(2026, 5, 4, 9, 45), PARIS).withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY,
                1, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 5, 13), null)));
        assertThat(Recurrences.expand(until, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"),
                Map.of())).extracting(p -> p.start().atZone(PARIS).toLocalDate()).containsExactly(
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 13));

        CalendarEvent monthly = event(EventForm.timed(1, "Review", LocalDateTime.of(2026, 1, 15, 14, 0),
                LocalDateTime.of(2026, 1, 15, 15, 0), PARIS).withRecurrence(
                new Recurrence(Recurrence.Frequency.MONTHLY, 2, Set.of(), null, 3)));
        assertThat(Recurrences.expand(monthly, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Map.of())).extracting(p -> p.start().atZone(PARIS).toLocalDate()).containsExactly(
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 5, 15));
    }

    @Test
    void movedAndCancelledOccurrencesReplaceThePlannedOnes() {
        CalendarEvent event = weeklyMondayNine(LocalDate.of(2026, 6, 1));
        Instant second = ZonedDateTime.of(2026, 6, 8, 9, 0, 0, 0, PARIS).toInstant();
        Instant third = ZonedDateTime.of(2026, 6, 15, 9, 0, 0, 0, PARIS).toInstant();
        OccurrenceState cancelled = new OccurrenceState(1, second);
        cancelled.cancel();
        OccurrenceState moved = new OccurrenceState(1, third);
        Instant movedStart = ZonedDateTime.of(2026, 6, 16, 14, 0, 0, 0, PARIS).toInstant();
        moved.move(movedStart, movedStart.plusSeconds(1800));
        Map<Instant, OccurrenceState> states = new HashMap<>(Map.of(second, cancelled, third, moved));

        List<Recurrences.Planned> june = Recurrences.expand(event, Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-23T00:00:00Z"), states);
        assertThat(june).extracting(p -> p.start().atZone(PARIS).toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 6, 1, 9, 0), LocalDateTime.of(2026, 6, 16, 14, 0), LocalDateTime.of(2026, 6, 22, 9, 0));
        assertThat(june.get(1).originalStart()).isEqualTo(third);

        // a range holding only the moved time still finds it; one holding only the planned time does not
        assertThat(Recurrences.expand(event, Instant.parse("2026-06-16T00:00:00Z"), Instant.parse("2026-06-17T00:00:00Z"),
                states)).extracting(Recurrences.Planned::originalStart).containsExactly(third);
        assertThat(Recurrences.expand(event, Instant.parse("2026-06-15T00:00:00Z"), Instant.parse("2026-06-16T00:00:00Z"),
                states)).isEmpty();
    }

    @Test
    void allDaySeriesExpandInDatesAndLastWholeDays() {
        CalendarEvent event = event(EventForm.allDay(1, "Remote Friday", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27),
                PARIS).withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 1, Set.of(), null, 3)));
        List<Recurrences.Planned> fridays = Recurrences.expand(event, Instant.parse("2026-03-20T00:00:00Z"),
                Instant.parse("2026-04-30T00:00:00Z"), Map.of());
        assertThat(fridays).extracting(p -> p.start().atZone(PARIS).toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 3, 27, 0, 0), LocalDateTime.of(2026, 4, 3, 0, 0), LocalDateTime.of(2026, 4, 10, 0, 0));
    }

    @Test
    void recurrenceRoundTripsThroughItsRule() {
        Recurrence recurrence = new Recurrence(Recurrence.Frequency.WEEKLY, 2, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalDate.of(2026, 12, 31), null);
        String rule = recurrence.toRule(PARIS, false);
        assertThat(rule).isEqualTo("FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T225959Z;BYDAY=TU,TH");
        assertThat(Recurrence.parse(rule, PARIS)).contains(recurrence);
        assertThat(Recurrence.parse("FREQ=YEARLY;BYMONTH=3", PARIS)).isEmpty();
    }
    @Test
    void startingFromALaterOccurrencePlansExactlyWhatTheWholeSeriesPlans() {
        List<String> rules = List.of("FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SU,SA",
                "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "FREQ=WEEKLY;BYDAY=FR;UNTIL=20280101T000000Z",
                "FREQ=MONTHLY;COUNT=40");
        // 02:30 on the day summer time starts does not exist: the series keeps its own rule there
        List<LocalDateTime> firsts = List.of(LocalDateTime.of(2024, 1, 31, 9, 0), LocalDateTime.of(2023, 10, 29, 2, 30),
                LocalDateTime.of(2024, 3, 30, 2, 30), LocalDateTime.of(2023, 6, 12, 17, 45));
        java.util.Random random = new java.util.Random(42);
        for (String rule : rules) {
            for (LocalDateTime first : firsts) {
                ZonedDateTime seed = first.atZone(PARIS);
                EventValues series = event(EventForm.timed(1, "Rite", first, first.plusMinutes(30), PARIS)).values()
                        .withRule(rule, null);
                for (int window = 0; window < 20; window++) {
                    Instant from = seed.toInstant().plus(java.time.Duration.ofHours(random.nextInt(3 * 365 * 24)));
                    Instant to = from.plus(java.time.Duration.ofDays(1 + random.nextInt(40)));
                    List<Instant> fromTheFirst = new net.fortuna.ical4j.model.Recur<ZonedDateTime>(rule)
                            .getDates(seed, from.atZone(PARIS), to.atZone(PARIS)).stream()
                            .map(ZonedDateTime::toInstant).filter(start -> !start.isBefore(from) && start.isBefore(to))
                            .toList();
                    assertThat(Recurrences.plannedStarts(series, from, to)).as("%s from %s in [%s, %s)", rule, first, from, to)
                            .isEqualTo(fromTheFirst);
                }
            }
        }
    }
}
