package io.relais.demo;

import io.relais.calendar.AbsenceType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Everybody's absences over the years: summer (two weeks), winter (one week), a sick day now and
 * then, and for one person in three a weekly remote day. Deterministic and computed without the
 * database, so the calendar stores them and the trio rotation leaves the absent out alike.
 */
final class DemoAbsences {

    /** From the first to the last day, both included; {@code rule} repeats it (remote days). */
    record Absence(DemoPeople.Member member, AbsenceType type, LocalDate first, LocalDate last, String rule) {

        /** Whether it keeps the person from meeting that day (remote workers still meet). */
        boolean awayOn(LocalDate day) {
            return type != AbsenceType.REMOTE && !day.isBefore(first) && !day.isAfter(last);
        }
    }

    private DemoAbsences() {
    }

    static List<Absence> of(DemoPeople people, LocalDate today) {
        Random random = new Random(42);
        List<Absence> absences = new ArrayList<>();
        for (DemoPeople.Member person : people.presentOn(today.plusYears(1))) {
            for (int year = person.start().getYear(); year <= today.getYear() + 1; year++) {
                LocalDate summer = LocalDate.of(year, 7, 1).plusDays(5 + random.nextInt(35)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                add(absences, person, AbsenceType.HOLIDAY, summer, summer.plusDays(11), null);
                LocalDate winter = LocalDate.of(year, 12, 22 + random.nextInt(3));
                add(absences, person, AbsenceType.HOLIDAY, winter, winter.plusDays(6), null);
                for (int sick = random.nextInt(3); sick > 0; sick--) {
                    LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    if (day.isBefore(today)) {
                        add(absences, person, AbsenceType.SICK, day, day.plusDays(random.nextInt(2)), null);
                    }
                }
            }
            if (person.id() % 3 == 0) {
                LocalDate first = person.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
                add(absences, person, AbsenceType.REMOTE, first, first, "FREQ=WEEKLY;BYDAY=WE");
            }
        }
        return absences;
    }

    private static void add(List<Absence> absences, DemoPeople.Member person, AbsenceType type, LocalDate first,
            LocalDate last, String rule) {
        if (!first.isBefore(person.start())) {
            absences.add(new Absence(person, type, first, last, rule));
        }
    }
}
