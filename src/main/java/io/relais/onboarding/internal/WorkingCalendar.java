package io.relais.onboarding.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * Which days are working days: not Saturday or Sunday, not a public holiday, not a day the
 * company closes. Turns a template's "day +N" into a concrete due date (ADR 0018): the calendar
 * day N days from the start, moved to the next working day, or for items due before the start
 * (negative N), to the previous one, so preparation is done before the newcomer arrives.
 */
public final class WorkingCalendar {

    /** Public holidays a company may observe. */
    public enum PublicHolidays {
        NONE, FRANCE
    }

    private static final List<MonthDay> FRENCH_FIXED = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 8), MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11),
            MonthDay.of(12, 25));

    private final PublicHolidays publicHolidays;
    private final Set<LocalDate> closedDays;

    public WorkingCalendar(PublicHolidays publicHolidays, List<LocalDate> closedDays) {
        this.publicHolidays = publicHolidays == null ? PublicHolidays.NONE : publicHolidays;
        this.closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !closedDays.contains(day)
                && !isPublicHoliday(day);
    }

    /** The due date of an item due {@code offsetDays} from {@code start}. */
    public LocalDate dueDate(LocalDate start, int offsetDays) {
        LocalDate day = start.plusDays(offsetDays);
        int step = offsetDays < 0 ? -1 : 1;
        while (!isWorkingDay(day)) {
            day = day.plusDays(step);
        }
        return day;
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    boolean isPublicHoliday(LocalDate day) {
        if (publicHolidays != PublicHolidays.FRANCE) {
            return false;
        }
        if (FRENCH_FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        // Easter Monday, Ascension Thursday, Whit Monday
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    /** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computation). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
