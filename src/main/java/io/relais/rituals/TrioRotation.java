package io.relais.rituals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The weekly trio rotation as Relais runs it: {@link TrioPlanner} with weeks numbered from a fixed
 * Monday and a seed derived from the week, so that a week planned again (or by the demo, which
 * replays three years of Mondays) gives the same groups from the same people and history.
 */
public final class TrioRotation {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
    private static final long SEED = 0x5EED_7210L;

    private TrioRotation() {
    }

    /** The week number of the week holding {@code day} (consecutive, for {@link TrioHistory}). */
    public static int week(LocalDate day) {
        return (int) ChronoUnit.WEEKS.between(FIRST_MONDAY, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** This week's groups: deterministic for the same participants, history and week. */
    public static List<List<Long>> plan(List<TrioPlanner.Participant> participants, TrioHistory history, LocalDate day) {
        int week = week(day);
        return TrioPlanner.plan(participants, history, week, SEED ^ (week * 0x9E37_79B9L));
    }
}
