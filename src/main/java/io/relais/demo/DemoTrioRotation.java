package io.relais.demo;

import io.relais.rituals.TrioHistory;
import io.relais.rituals.TrioPlanner;
import io.relais.rituals.TrioRotation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Monday trios since the agency reached six people, up to next week, exactly as the rituals
 * feature plans them ({@link TrioRotation}): each Monday, the people who had joined and were not
 * away, grouped from everybody's past trios. Computed without the database, so the trio minutes
 * of the document history and the calendar's trio events tell the same story.
 */
final class DemoTrioRotation {

    /** One Monday's groups, as people. */
    record Week(LocalDate monday, List<List<DemoPeople.Member>> trios) {
    }

    static final int FIRST_TRIO_HEADCOUNT = 6;

    private DemoTrioRotation() {
    }

    /** The last rotation computed: the documents and the rituals of one demo start both need it. */
    private record Computed(List<DemoPeople.Member> members, LocalDate today, List<Week> weeks) {
    }

    private static Computed last;

    /** The rotation for these people (away as {@link DemoAbsences} says) up to next Monday, computed once. */
    static synchronized List<Week> weeks(DemoPeople people, LocalDate today) {
        List<DemoPeople.Member> members = people.presentOn(today.plusYears(1));
        if (last == null || !last.members().equals(members) || !last.today().equals(today)) {
            last = new Computed(members, today, compute(people, DemoAbsences.of(people, today), today));
        }
        return last.weeks();
    }

    private static List<Week> compute(DemoPeople people, List<DemoAbsences.Absence> absences, LocalDate today) {
        LocalDate sixth = people.presentOn(today.plusYears(1)).get(FIRST_TRIO_HEADCOUNT - 1).start();
        LocalDate last = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Map<DemoPeople.Member, List<DemoAbsences.Absence>> away = absences.stream()
                .collect(Collectors.groupingBy(DemoAbsences.Absence::member));
        TrioHistory history = new TrioHistory();
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = sixth.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            LocalDate day = monday;
            List<DemoPeople.Member> present = people.presentOn(day).stream()
                    .filter(member -> away.getOrDefault(member, List.of()).stream().noneMatch(a -> a.awayOn(day))).toList();
            List<TrioPlanner.Participant> participants = present.stream()
                    .map(member -> new TrioPlanner.Participant(member.id(), (long) member.team())).toList();
            List<List<Long>> groups = TrioRotation.plan(participants, history, monday);
            history.record(TrioRotation.week(monday), groups);
            weeks.add(new Week(monday, groups.stream().map(group -> group.stream()
                    .map(id -> present.stream().filter(m -> m.id() == id).findFirst().orElseThrow()).toList()).toList()));
        }
        return weeks;
    }
}
