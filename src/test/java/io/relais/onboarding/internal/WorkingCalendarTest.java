package io.relais.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.onboarding.internal.WorkingCalendar.PublicHolidays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due dates land on working days: weekends, French public holidays and closed days are skipped. */
class WorkingCalendarTest {

    private final WorkingCalendar france = new WorkingCalendar(PublicHolidays.FRANCE, List.of());
    private final WorkingCalendar none = new WorkingCalendar(PublicHolidays.NONE, List.of());

    @Test
    void easterIsComputedForKnownYears() {
        assertThat(WorkingCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void frenchPublicHolidaysAreNotWorkingDays() {
        for (LocalDate holiday : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25))) {
            assertThat(france.isWorkingDay(holiday)).as(holiday.toString()).isFalse();
            assertThat(none.isWorkingDay(holiday) || holiday.getDayOfWeek().getValue() >= 6)
                    .as("without public holidays " + holiday).isTrue();
        }
        assertThat(france.isWorkingDay(LocalDate.of(2026, 4, 7))).as("the Tuesday after Easter").isTrue();
    }

    @Test
    void aDueDateOnAWeekendMovesToMondayAndBeforeTheStartToFriday() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(france.dueDate(monday, 0)).isEqualTo(monday);
        assertThat(france.dueDate(monday, 5)).as("Saturday → Monday").isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(france.dueDate(monday, 6)).as("Sunday → Monday").isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(france.dueDate(monday, -2)).as("Saturday before the start → Friday")
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(france.dueDate(monday, -7)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(france.dueDate(monday, 90)).as("Sunday 31 May → Monday 1 June").isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void holidaysAndClosedDaysAreSkippedInTheDirectionOfTheOffset() {
        LocalDate start = LocalDate.of(2026, 5, 4);
        assertThat(france.dueDate(start, 3)).as("Thursday 7 May is a working day").isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(france.dueDate(start, 4)).as("Friday 8 May (holiday) → Monday 11").isEqualTo(LocalDate.of(2026, 5, 11));
        WorkingCalendar bridge = new WorkingCalendar(PublicHolidays.FRANCE, List.of(LocalDate.of(2026, 5, 15)));
        assertThat(bridge.dueDate(LocalDate.of(2026, 5, 11), 3)).as("Ascension Thursday, then the bridge Friday")
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(france.dueDate(LocalDate.of(2026, 5, 26), -1)).as("Whit Monday before the start → Friday")
                .isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(france.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
