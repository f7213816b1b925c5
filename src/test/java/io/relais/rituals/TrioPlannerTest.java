package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.rituals.TrioPlanner.Participant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The Monday trio rotation: group sizes, coverage, mixing, repeats, determinism, absences, fairness. */
class TrioPlannerTest {

    /** {@code count} people spread over {@code teams} teams, ids from 100. */
    static List<Participant> company(int count, int teams) {
        return LongStream.range(0, count).mapToObj(i -> new Participant(100 + i, i % teams)).toList();
    }

    @Test
    void groupsAreTriosUnlessTheCountDemandsOtherwise() {
        assertThat(TrioPlanner.sizes(0)).isEmpty();
        assertThat(TrioPlanner.sizes(1)).as("alone: no trio").isEmpty();
        assertThat(TrioPlanner.sizes(2)).containsExactly(2);
        assertThat(TrioPlanner.sizes(3)).containsExactly(3);
        assertThat(TrioPlanner.sizes(4)).containsExactly(4);
        assertThat(TrioPlanner.sizes(5)).containsExactly(3, 2);
        assertThat(TrioPlanner.sizes(7)).containsExactly(4, 3);
        assertThat(TrioPlanner.sizes(8)).containsExactly(4, 4);
        for (int count = 2; count <= 500; count++) {
            int[] sizes = TrioPlanner.sizes(count);
            assertThat(Arrays.stream(sizes).sum()).as("everybody placed, " + count).isEqualTo(count);
            long notThree = Arrays.stream(sizes).filter(size -> size != 3).count();
            long expected = count % 3 == 0 ? 0 : count % 3 == 1 || count < 8 ? 1 : 2;
            assertThat(notThree).as("exceptions for " + count).isEqualTo(expected);
            assertThat(Arrays.stream(sizes).boxed().toList()).as("sizes for " + count).allMatch(size -> size >= 2 && size <= 4);
        }
    }

    @Test
    void everybodyIsInExactlyOneGroupOfTheRightSize() {
        for (int count : new int[] {2, 3, 4, 5, 6, 7, 8, 10, 11, 49, 50, 51, 52, 301}) {
            List<Participant> people = company(count, 6);
            List<List<Long>> groups = TrioPlanner.plan(people, new TrioHistory(), 0, 42);

            List<Long> planned = groups.stream().flatMap(List::stream).sorted().toList();
            assertThat(planned).as("coverage for " + count).containsExactlyElementsOf(
                    people.stream().map(Participant::personId).sorted().toList());
            assertThat(groups.stream().map(List::size).sorted().toList()).as("sizes for " + count)
                    .containsExactlyElementsOf(Arrays.stream(TrioPlanner.sizes(count)).boxed().sorted().toList());
        }
        assertThat(TrioPlanner.plan(company(1, 1), new TrioHistory(), 0, 42)).isEmpty();
        assertThat(TrioPlanner.plan(List.of(), new TrioHistory(), 0, 42)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameGroupsAndAnotherSeedOthers() {
        List<Participant> people = company(60, 6);
        List<Participant> shuffled = new ArrayList<>(people);
        java.util.Collections.reverse(shuffled);
        TrioHistory history = new TrioHistory();
        history.record(0, TrioPlanner.plan(people, new TrioHistory(), 0, 7));

        List<List<Long>> first = TrioPlanner.plan(people, history, 1, 7);
        assertThat(TrioPlanner.plan(shuffled, history, 1, 7)).as("input order does not matter").isEqualTo(first);
        assertThat(TrioPlanner.plan(people, history, 1, 7)).isEqualTo(first);
        assertThat(TrioPlanner.plan(people, history, 1, 8)).isNotEqualTo(first);
    }

    @Test
    void theFirstWeekMixesTeamsCompletely() {
        List<List<Long>> groups = TrioPlanner.plan(company(48, 6), new TrioHistory(), 0, 3);
        assertThat(groups).allSatisfy(group -> assertThat(group.stream().map(id -> (id - 100) % 6).distinct().count())
                .as("teams in " + group).isEqualTo(group.size()));
    }

    @Test
    void nobodyMeetsAnybodyTwiceWhileUnmetPartnersRemain() {
        // 30 people, 3 pairs per trio: 435 pairs, 30 new ones a week. Repeats are avoidable for a
        // long time; the planner must get close to that bound.
        List<Participant> people = company(30, 5);
        TrioHistory history = new TrioHistory();
        int firstRepeatWeek = -1;
        for (int week = 0; week < 14 && firstRepeatWeek < 0; week++) {
            List<List<Long>> groups = TrioPlanner.plan(people, history, week, 11);
            if (pairs(groups).stream().anyMatch(pair -> history.timesMet(pair[0], pair[1]) > 0)) {
                firstRepeatWeek = week;
            }
            history.record(week, groups);
        }
        assertThat(firstRepeatWeek).as("first week with a repeat (-1: none in 14 weeks)").isIn(-1, 10, 11, 12, 13);
    }

    @Test
    void whenARepeatIsUnavoidableTheLongestAgoPairIsChosen() {
        // Nine people meet everybody in four weeks; from then on every week repeats pairs, and the
        // rotation must keep the longest-unmet ones together rather than last week's.
        List<Participant> people = company(9, 3);
        TrioHistory history = new TrioHistory();
        for (int week = 0; week < 30; week++) {
            List<List<Long>> groups = TrioPlanner.plan(people, history, week, 5);
            if (week >= 5) {
                for (long[] pair : pairs(groups)) {
                    int gap = week - history.lastMet(pair[0], pair[1]);
                    assertThat(gap).as("week " + week + ": pair met " + gap + " weeks ago").isGreaterThanOrEqualTo(3);
                }
            }
            history.record(week, groups);
        }
    }

    @Test
    void absentPeopleAreLeftOutAndCatchUpWithoutRepeats() {
        List<Participant> people = company(24, 4);
        TrioHistory history = new TrioHistory();
        Set<Long> away = Set.of(100L, 101L, 105L);
        for (int week = 0; week < 8; week++) {
            int w = week;
            List<Participant> present = people.stream()
                    .filter(p -> w >= 4 || !away.contains(p.personId())).toList();
            List<List<Long>> groups = TrioPlanner.plan(present, history, week, 99);
            Set<Long> planned = groups.stream().flatMap(List::stream).collect(Collectors.toSet());
            if (week < 4) {
                assertThat(planned).as("week " + week).doesNotContainAnyElementsOf(away).hasSize(21);
            } else {
                assertThat(planned).as("back from holidays").containsAll(away).hasSize(24);
            }
            assertThat(pairs(groups)).as("week " + week + " repeats nobody")
                    .allMatch(pair -> history.timesMet(pair[0], pair[1]) == 0);
            history.record(week, groups);
        }
    }

    @Test
    void overAYearEveryPairMeetsAboutAsOftenAsEveryOther() {
        Fairness fairness = fairness(50, 6, 52, 2026);
        System.out.printf("Trio fairness, 50 people in 6 teams over 52 weeks: max meetings of one pair %d, "
                + "distribution (meetings -> pairs) %s, same-team pairs %d of %d, first repeat in week %d, "
                + "shortest gap between two meetings of a pair %d weeks%n",
                fairness.maxRepeats(), fairness.distribution(), fairness.sameTeamPairs(), fairness.pairMeetings(),
                fairness.firstRepeatWeek(), fairness.shortestGap());
        // 50 people meet about 2.04 partners a week: 106 meetings each over 49 partners, 2.2 per pair.
        assertThat(fairness.maxRepeats()).as("max meetings of one pair").isLessThanOrEqualTo(3);
        assertThat(fairness.distribution().getOrDefault(0, 0)).as("pairs who never met").isZero();
        // Without any repeat, 24 weeks are possible in theory (49 partners, 2 new ones a week).
        assertThat(fairness.firstRepeatWeek()).as("first week with a repeat").isGreaterThanOrEqualTo(15);
        assertThat(fairness.shortestGap()).as("weeks before meeting the same person again").isGreaterThanOrEqualTo(5);
    }

    record Fairness(int maxRepeats, Map<Integer, Integer> distribution, int sameTeamPairs, int pairMeetings,
            int firstRepeatWeek, int shortestGap) {
    }

    static Fairness fairness(int count, int teams, int weeks, long seed) {
        List<Participant> people = company(count, teams);
        TrioHistory history = new TrioHistory();
        int sameTeam = 0;
        int meetings = 0;
        int firstRepeat = -1;
        int shortestGap = Integer.MAX_VALUE;
        for (int week = 0; week < weeks; week++) {
            List<List<Long>> groups = TrioPlanner.plan(people, history, week, seed);
            for (long[] pair : pairs(groups)) {
                meetings++;
                sameTeam += (pair[0] - 100) % teams == (pair[1] - 100) % teams ? 1 : 0;
                if (history.timesMet(pair[0], pair[1]) > 0) {
                    firstRepeat = firstRepeat < 0 ? week : firstRepeat;
                    shortestGap = Math.min(shortestGap, week - history.lastMet(pair[0], pair[1]));
                }
            }
            history.record(week, groups);
        }
        Map<Integer, Integer> distribution = new TreeMap<>();
        int max = 0;
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                int times = history.timesMet(100 + a, 100 + b);
                distribution.merge(times, 1, Integer::sum);
                max = Math.max(max, times);
            }
        }
        return new Fairness(max, distribution, sameTeam, meetings, firstRepeat, shortestGap);
    }

    static List<long[]> pairs(List<List<Long>> groups) {
        List<long[]> pairs = new ArrayList<>();
        for (List<Long> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(new long[] {group.get(i), group.get(j)});
                }
            }
        }
        assertThat(new HashSet<>(groups.stream().flatMap(List::stream).toList())).hasSize(
                groups.stream().mapToInt(List::size).sum());
        return pairs;
    }
}
