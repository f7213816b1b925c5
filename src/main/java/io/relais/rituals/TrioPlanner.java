package io.relais.rituals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits the people taking part in a week's Monday trios into groups of three, mixing teams and
 * avoiding repeats.
 *
 * <p>A pair costs {@link #REPEAT} for every time it already met, plus up to two more if that
 * was in the last {@link #RECENT_WEEKS} weeks (fading linearly), plus {@link
 * #SAME_TEAM} when both are in the same team. So nobody meets somebody again while an unmet
 * partner is available, as far as the groups allow; when repeats are unavoidable, they fall on
 * the pairs that met least often and longest ago; and teams mix whenever that costs no repeat.
 *
 * <p>Groups are of three; the count decides the exceptions: {@code 3k+1} people make one group of
 * four, {@code 3k+2} make two groups of four (a lone pair when fewer than eight), one person alone
 * has no trio. Each attempt is a greedy pass (each group completed with the cheapest partners
 * still free) followed by member swaps between groups while they lower the total cost; small
 * companies get several attempts from different shuffles and keep the cheapest. Planning is
 * deterministic: the same people, history, week and seed give the same groups.
 */
public final class TrioPlanner {

    /** A person taking part this week (absent and opted-out people are left out by the caller). */
    public record Participant(long personId, Long teamId) {
    }

    static final long REPEAT = 1_000_000L;
    static final long SAME_TEAM = 10_000L;
    static final int RECENT_WEEKS = 12;
    /** Attempts share a budget of people planned, so a company of 5,000 gets one and of 50 many. */
    private static final int ATTEMPT_BUDGET = 400;
    private static final int MAX_ATTEMPTS = 24;
    /** Beyond this many groups, each group looks for swaps in a sample of the others. */
    private static final int EXHAUSTIVE_GROUPS = 200;
    private static final int SAMPLED_GROUPS = 48;
    private static final int MAX_PASSES = 12;

    private TrioPlanner() {
    }

    /** The groups for {@code week}, as person ids; everybody but a lone participant is in exactly one. */
    public static List<List<Long>> plan(List<Participant> participants, TrioHistory history, int week, long seed) {
        Participant[] people = participants.stream().sorted(Comparator.comparingLong(Participant::personId))
                .distinct().toArray(Participant[]::new);
        Costs costs = new Costs(people, history, week);
        int[] sizes = sizes(people.length);
        Random random = new Random(seed * 31 + week);
        int attempts = Math.clamp(ATTEMPT_BUDGET / Math.max(1, people.length), 1, MAX_ATTEMPTS);
        int[][] best = null;
        long bestCost = Long.MAX_VALUE;
        for (int attempt = 0; attempt < attempts && bestCost > 0; attempt++) {
            int[][] groups = greedy(costs, shuffled(people.length, random), sizes);
            long cost = improve(groups, costs, random);
            if (cost < bestCost) {
                best = groups;
                bestCost = cost;
            }
        }
        List<List<Long>> result = new ArrayList<>(sizes.length);
        for (int[] group : best == null ? new int[0][] : best) {
            result.add(Arrays.stream(group).mapToObj(i -> people[i].personId()).sorted().toList());
        }
        return result;
    }

    /** Group sizes for {@code count} people: threes, and fours or a pair only when the count demands it. */
    static int[] sizes(int count) {
        if (count < 2) {
            return new int[0];
        }
        if (count == 2 || count == 5) {
            return count == 2 ? new int[] {2} : new int[] {3, 2};
        }
        int fours = count % 3 == 0 ? 0 : count % 3 == 1 ? 1 : 2;
        int threes = (count - 4 * fours) / 3;
        int[] sizes = new int[fours + threes];
        Arrays.fill(sizes, 0, fours, 4);
        Arrays.fill(sizes, fours, sizes.length, 3);
        return sizes;
    }

    /**
     * Completes each group in turn with the free people cheapest to add, in the given order; stops
     * looking as soon as a candidate costs nothing.
     */
    private static int[][] greedy(Costs costs, int[] order, int[] sizes) {
        int[] free = order.clone();
        int freeCount = free.length;
        int[][] groups = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) {
            int[] group = new int[sizes[g]];
            group[0] = free[0];
            free[0] = free[--freeCount];
            for (int filled = 1; filled < group.length; filled++) {
                int best = -1;
                long bestCost = Long.MAX_VALUE;
                for (int f = 0; f < freeCount && bestCost > 0; f++) {
                    long cost = costs.joining(free[f], group, filled);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = f;
                    }
                }
                group[filled] = free[best];
                free[best] = free[--freeCount];
            }
            groups[g] = group;
        }
        return groups;
    }

    /** Swaps members between groups while a swap lowers the total cost; answers that total. */
    private static long improve(int[][] groups, Costs costs, Random random) {
        long[] groupCost = new long[groups.length];
        for (int g = 0; g < groups.length; g++) {
            groupCost[g] = costs.of(groups[g]);
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int a = 0; a < groups.length; a++) {
                for (int b : partnerGroups(a, groups.length, random)) {
                    if (groupCost[a] == 0) {
                        break;
                    }
                    improved |= bestSwap(groups, groupCost, a, b, costs);
                }
            }
            if (!improved) {
                break;
            }
        }
        return Arrays.stream(groupCost).sum();
    }

    private static int[] partnerGroups(int a, int count, Random random) {
        if (count <= EXHAUSTIVE_GROUPS) {
            int[] all = new int[count - 1];
            for (int g = 0, i = 0; g < count; g++) {
                if (g != a) {
                    all[i++] = g;
                }
            }
            return all;
        }
        int[] sample = new int[SAMPLED_GROUPS];
        for (int i = 0; i < sample.length; i++) {
            int g = random.nextInt(count - 1);
            sample[i] = g >= a ? g + 1 : g;
        }
        return sample;
    }

    /** Applies the member swap between groups a and b that lowers their cost most, if any. */
    private static boolean bestSwap(int[][] groups, long[] groupCost, int a, int b, Costs costs) {
        int[] groupA = groups[a];
        int[] groupB = groups[b];
        long before = groupCost[a] + groupCost[b];
        long bestGain = 0;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 0; i < groupA.length; i++) {
            for (int j = 0; j < groupB.length; j++) {
                long gain = before - costs.withSwap(groupA, i, groupB[j]) - costs.withSwap(groupB, j, groupA[i]);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestI < 0) {
            return false;
        }
        int swapped = groupA[bestI];
        groupA[bestI] = groupB[bestJ];
        groupB[bestJ] = swapped;
        groupCost[a] = costs.of(groupA);
        groupCost[b] = costs.of(groupB);
        return true;
    }

    private static int[] shuffled(int count, Random random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return order;
    }

    /**
     * The cost of putting two participants (by index) together this week. Past partners are kept
     * per person as sorted index and cost arrays: no boxing in the hot loops.
     */
    private static final class Costs {

        private final Participant[] people;
        private final int[][] partners;
        private final long[][] partnerCosts;

        Costs(Participant[] people, TrioHistory trios, int week) {
            this.people = people;
            this.partners = new int[people.length][];
            this.partnerCosts = new long[people.length][];
            Map<Long, Integer> index = new HashMap<>(people.length * 2);
            for (int i = 0; i < people.length; i++) {
                index.put(people[i].personId(), i);
            }
            for (int i = 0; i < people.length; i++) {
                long[][] met = trios.partnersOf(people[i].personId()).entrySet().stream()
                        .filter(entry -> index.containsKey(entry.getKey()))
                        .map(entry -> new long[] {index.get(entry.getKey()), repeatCost(entry.getValue(), week)})
                        .sorted(Comparator.comparingLong(pair -> pair[0])).toArray(long[][]::new);
                partners[i] = Arrays.stream(met).mapToInt(pair -> (int) pair[0]).toArray();
                partnerCosts[i] = Arrays.stream(met).mapToLong(pair -> pair[1]).toArray();
            }
        }

        /** Every past meeting costs a repeat; a recent one up to two more: meeting again next week is worst. */
        private static long repeatCost(int[] meeting, int week) {
            long weeksAgo = Math.max(1, (long) week - meeting[1]);
            return meeting[0] * REPEAT + 2 * REPEAT * Math.max(0, RECENT_WEEKS + 1 - weeksAgo) / RECENT_WEEKS;
        }

        long pair(int a, int b) {
            Long teamA = people[a].teamId();
            long cost = teamA != null && teamA.equals(people[b].teamId()) ? SAME_TEAM : 0;
            int found = Arrays.binarySearch(partners[a], b);
            return found >= 0 ? cost + partnerCosts[a][found] : cost;
        }

        /** What adding {@code candidate} to the first {@code filled} members costs. */
        long joining(int candidate, int[] group, int filled) {
            long cost = 0;
            for (int k = 0; k < filled; k++) {
                cost += pair(candidate, group[k]);
            }
            return cost;
        }

        long of(int[] group) {
            long cost = 0;
            for (int i = 1; i < group.length; i++) {
                cost += joining(group[i], group, i);
            }
            return cost;
        }

        /** The cost of {@code group} with its member at {@code slot} replaced by {@code newcomer}. */
        long withSwap(int[] group, int slot, int newcomer) {
            long cost = 0;
            for (int i = 0; i < group.length; i++) {
                int a = i == slot ? newcomer : group[i];
                for (int j = i + 1; j < group.length; j++) {
                    cost += pair(a, j == slot ? newcomer : group[j]);
                }
            }
            return cost;
        }
    }
}
