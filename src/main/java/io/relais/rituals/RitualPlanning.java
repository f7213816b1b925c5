package io.relais.rituals;

import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.internal.RitualWeekPlanner;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the weekly rituals of a week: the Monday trios and the Friday all-hands with its agenda.
 * A weekly job plans the coming week; HR may do it at once. Planning a week twice changes nothing.
 */
@Service
@Transactional
public class RitualPlanning {

    private final RitualWeekPlanner planner;
    private final PersonService people;
    private final Clock clock;

    RitualPlanning(RitualWeekPlanner planner, PersonService people, Clock clock) {
        this.planner = planner;
        this.people = people;
        this.clock = clock;
    }

    /** Plans the week holding {@code day}. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public WeekPlan planWeek(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<PersonSummary> active = people.activePeople();
        // events go on the organisers' own calendars, which only administrators may write for them
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> planner.plan(monday, active));
    }

    /** Plans the week starting next Monday. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public WeekPlan planNextWeek() {
        return planWeek(nextMonday(LocalDate.now(clock)));
    }

    /** The Monday after {@code day} (a Monday gives the following one). */
    private static LocalDate nextMonday(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
