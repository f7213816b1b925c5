package io.relais.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods as the database groups by them: local midnights as UTC numbers, exact across DST. */
class TimeBucketsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void boundariesAreLocalMidnightsWrittenAsUtcNumbers() {
        // the week of the spring change: Monday 23 March (UTC+1) to Monday 30 March (UTC+2)
        TimeBuckets weeks = new TimeBuckets(List.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 6)), PARIS);

        assertThat(weeks.instantBoundaries()).containsExactly(20260322230000L, 20260329220000L, 20260405220000L);
        assertThat(weeks.dateBoundaries()).containsExactly(20260323L, 20260330L, 20260406L);
        assertThat(weeks.size()).isEqualTo(2);
        assertThat(weeks.fromUtc()).hasToString("2026-03-22T23:00");
        assertThat(weeks.toUtc()).hasToString("2026-04-05T22:00");
        assertThat(TimeBuckets.instantBucket("r.created_at")).isEqualTo("interval(floor(r.created_at + 0), :bounds)");
        assertThat(TimeBuckets.dateBucket("v.day")).isEqualTo("interval(v.day + 0, :dayBounds)");
    }

    @Test
    void findsThePeriodOfAnInstantInTheLocalZone() {
        TimeBuckets weeks = new TimeBuckets(List.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 6)), PARIS);

        assertThat(weeks.indexOf(ZonedDateTime.of(2026, 3, 29, 23, 30, 0, 0, PARIS).toInstant())).isZero();
        assertThat(weeks.indexOf(ZonedDateTime.of(2026, 3, 30, 0, 30, 0, 0, PARIS).toInstant())).isEqualTo(1);
        assertThat(weeks.indexOf(LocalDate.of(2026, 3, 22))).isEqualTo(-1);
        assertThat(weeks.indexOf(LocalDate.of(2026, 4, 6))).isEqualTo(-1);
    }

    @Test
    void endsTableHasOneRowPerPeriod() {
        TimeBuckets months = new TimeBuckets(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1)), ZoneId.of("UTC"));

        assertThat(months.endsTable()).isEqualTo("(select 1 as b, 20260201 as end_day, 20260201000000 as end_at, 31 as days"
                + " union all select 2, 20260301, 20260301000000, 28)");
    }

    @Test
    void refusesBoundariesThatDoNotAscend() {
        assertThatThrownBy(() -> new TimeBuckets(List.of(LocalDate.of(2026, 1, 1)), PARIS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeBuckets(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)), PARIS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
