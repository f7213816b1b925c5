package io.relais.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.people.Membership;
import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presence of a group in periods: people who join or leave mid-period count for their days. */
class GroupTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FAR_AWAY = LocalDate.of(2100, 1, 1);

    @Test
    void countsTheDaysEachMemberWasThere() {
        List<Membership> everybody = List.of(
                new Membership(1, 10L, MONDAY.minusYears(1), null),
                new Membership(2, 10L, MONDAY.plusDays(3), null),
                new Membership(3, 10L, MONDAY.minusYears(1), MONDAY.plusDays(1)),
                new Membership(4, 20L, MONDAY.minusYears(1), null),
                new Membership(5, null, MONDAY.minusYears(1), null));
        TimeBuckets weeks = new TimeBuckets(List.of(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2)), ZoneId.of("UTC"));

        Group team = Group.team(10, everybody, FAR_AWAY);
        assertThat(team.personIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(team.personDays(weeks, 0)).as("7 + 4 (from Thursday) + 2 (left after Tuesday)").isEqualTo(13);
        assertThat(team.personDays(weeks, 1)).isEqualTo(14);
        assertThat(team.headcount(weeks, 1)).isEqualTo(2);

        Group company = Group.company(everybody, FAR_AWAY);
        assertThat(company.personIds()).as("everybody, also without a team").isNull();
        assertThat(company.personDays(weeks, 0)).isEqualTo(13 + 7 + 7);
    }

    @Test
    void daysThatHaveNotHappenedCountForNobody() {
        List<Membership> two = List.of(new Membership(1, 10L, MONDAY.minusYears(1), null),
                new Membership(2, 10L, MONDAY.minusYears(1), null));
        TimeBuckets weeks = new TimeBuckets(List.of(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2)), ZoneId.of("UTC"));

        Group onWednesday = Group.team(10, two, MONDAY.plusDays(3));
        assertThat(onWednesday.personDays(weeks, 0)).as("Monday to Wednesday").isEqualTo(6);
        assertThat(onWednesday.days(weeks, 0)).isEqualTo(3);
        assertThat(onWednesday.headcount(weeks, 0)).isEqualTo(2);
        assertThat(onWednesday.headcount(weeks, 1)).as("next week has not started").isZero();
    }

    @Test
    void aPersonWhoLeftOrHasNotStartedIsAbsent() {
        Membership left = new Membership(1, 1L, MONDAY.minusYears(1), MONDAY.minusDays(1));
        Membership future = new Membership(2, 1L, MONDAY.plusWeeks(3), null);
        assertThat(left.daysPresent(MONDAY, MONDAY.plusWeeks(1))).isZero();
        assertThat(future.daysPresent(MONDAY, MONDAY.plusWeeks(1))).isZero();
        assertThat(left.daysPresent(MONDAY.minusDays(1), MONDAY)).as("their last day counts").isEqualTo(1);
    }
}
