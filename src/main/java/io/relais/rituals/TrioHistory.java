package io.relais.rituals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has already met whom in a trio, how often and when last: what {@link TrioPlanner} avoids
 * repeating. Weeks are consecutive numbers (e.g. weeks since an epoch).
 */
public final class TrioHistory {

    /** person → partner → {times met, last week met}. */
    private final Map<Long, Map<Long, int[]>> meetings = new HashMap<>();

    /** Records the groups that met in one week. */
    public void record(int week, Collection<? extends Collection<Long>> groups) {
        for (Collection<Long> group : groups) {
            List<Long> members = List.copyOf(group);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    met(members.get(i), members.get(j), week);
                    met(members.get(j), members.get(i), week);
                }
            }
        }
    }

    public int timesMet(long a, long b) {
        int[] meeting = meetings.getOrDefault(a, Map.of()).get(b);
        return meeting == null ? 0 : meeting[0];
    }

    /** The last week {@code a} and {@code b} met, or {@link Integer#MIN_VALUE} if never. */
    public int lastMet(long a, long b) {
        int[] meeting = meetings.getOrDefault(a, Map.of()).get(b);
        return meeting == null ? Integer.MIN_VALUE : meeting[1];
    }

    /** Everybody {@code person} has met, with how often and when last ({times, lastWeek}). */
    Map<Long, int[]> partnersOf(long person) {
        return meetings.getOrDefault(person, Map.of());
    }

    private void met(long person, long partner, int week) {
        int[] meeting = meetings.computeIfAbsent(person, p -> new HashMap<>()).computeIfAbsent(partner, p -> new int[] {0, week});
        meeting[0]++;
        meeting[1] = Math.max(meeting[1], week);
    }
}
