package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualOutcomes;
import io.relais.rituals.RitualService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's rituals as stored: running, three years of weekly trios that are exactly the rotation
 * algorithm's, every Friday's all-hands with recent agendas, each newcomer's 1:1s, and outcomes
 * that tell a believable story (mostly held, some over time, some minutes late).
 */
@RelaisSpringTest
class DemoRitualsTest {

    @Autowired
    RitualOutcomes outcomes;
    @Autowired
    RitualService rituals;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    /** The demo's occurrences: other tests record meetings of their own people in the same weeks. */
    private List<RitualOccurrence> history() {
        Instant now = clock.instant();
        Set<Long> demoPeople = SystemTask.runAs(List.of(Roles.HR), () -> people.activePeople()).stream()
                .filter(p -> p.email().endsWith("@canopee.fr")).map(PersonSummary::id).collect(Collectors.toSet());
        return SystemTask.runAs(List.of(Roles.LEADERSHIP), () -> outcomes.between(now.minus(Duration.ofDays(4 * 365)),
                now.plus(Duration.ofDays(14)))).stream().filter(o -> demoPeople.containsAll(o.participantIds())).toList();
    }

    @Test
    void everyRitualRunsInFrench() {
        SystemTask.runAs(List.of(Roles.HR), () -> rituals.rituals()).forEach(ritual -> {
            assertThat(ritual.active()).as(ritual.kind().name()).isTrue();
            assertThat(ritual.title()).doesNotContain("Monday", "Friday", "Newcomer");
        });
    }

    @Test
    void threeYearsOfTriosAreTheRotationsGroups() {
        List<PersonSummary> everybody = SystemTask.runAs(List.of(Roles.HR), () -> people.activePeople());
        DemoPeople roster = DemoPeople.of(everybody.stream().filter(p -> p.email().endsWith("@canopee.fr")).toList());
        LocalDate today = LocalDate.now(clock);
        List<DemoTrioRotation.Week> weeks = DemoTrioRotation.weeks(roster, today);
        Map<LocalDate, Set<Set<Long>>> stored = history().stream().filter(o -> o.kind() == RitualKind.MONDAY_TRIOS)
                .collect(Collectors.groupingBy(RitualOccurrence::date,
                        Collectors.mapping(o -> Set.copyOf(o.participantIds()), Collectors.toSet())));
        assertThat(weeks).as("weekly since the sixth arrival, about two and a half years ago").hasSizeGreaterThan(120);
        for (DemoTrioRotation.Week week : weeks.subList(0, weeks.size() - 1)) {
            Set<Set<Long>> expected = new HashSet<>();
            week.trios().forEach(trio -> expected.add(trio.stream().map(DemoPeople.Member::id).collect(Collectors.toSet())));
            assertThat(stored.get(week.monday())).as("trios of " + week.monday()).isEqualTo(expected);
        }
        assertThat(stored.get(weeks.getFirst().monday())).as("since the agency reached six people")
                .flatExtracting(s -> s).hasSizeBetween(5, 6);
    }

    @Test
    void allHandsEveryFridayAndOneOnOnesForNewcomers() {
        List<RitualOccurrence> history = history();
        Instant now = clock.instant();
        List<RitualOccurrence> allHands = history.stream().filter(o -> o.kind() == RitualKind.FRIDAY_ALL_HANDS).toList();
        assertThat(allHands).hasSizeGreaterThan(120).allMatch(o -> o.date().getDayOfWeek() == java.time.DayOfWeek.FRIDAY);
        assertThat(allHands.stream().filter(o -> o.start().isBefore(now)).toList().reversed().subList(0, 6))
                .as("the recent agendas").allMatch(o -> o.minutesDocumentId() != null);
        assertThat(allHands).as("the agenda of the coming Friday").anyMatch(o -> o.start().isAfter(now) && o.minutesDocumentId() != null);
        List<RitualOccurrence> oneOnOnes = history.stream().filter(o -> o.kind() == RitualKind.NEWCOMER_ONE_ON_ONES).toList();
        assertThat(oneOnOnes.stream().map(o -> o.participantIds()).distinct().count()).as("pairs").isGreaterThanOrEqualTo(45);
        assertThat(oneOnOnes).as("the newcomer arriving next week").anyMatch(o -> o.start().isAfter(now));
    }

    @Test
    void outcomesAreMostlyHeldSomeOverTimeSomeMinutesLate() {
        List<RitualOccurrence> past = history().stream().filter(o -> o.end().isBefore(clock.instant().minus(Duration.ofDays(15))))
                .toList();
        assertThat(share(past, o -> Boolean.TRUE.equals(o.held()))).isBetween(0.85, 0.98);
        assertThat(share(past, o -> Boolean.FALSE.equals(o.withinBudget()))).isBetween(0.05, 0.3);
        List<RitualOccurrence> withMinutes = past.stream().filter(o -> o.minutesWrittenAt() != null).toList();
        assertThat(withMinutes).hasSizeGreaterThan(15);
        assertThat(share(withMinutes, o -> Boolean.TRUE.equals(o.minutesWithin24h()))).isBetween(0.6, 0.95);
    }

    private static double share(List<RitualOccurrence> rows, Predicate<RitualOccurrence> which) {
        return rows.stream().filter(which).count() / (double) rows.size();
    }
}
