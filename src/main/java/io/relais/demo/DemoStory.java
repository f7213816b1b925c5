package io.relais.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

/**
 * The story the demo history tells, which the adoption charts should show: the agency writes
 * little at first, adopts asynchronous practices progressively after deciding to drop the daily
 * stand-up (900 days ago), writes much less during one busy quarter (the three launches), and one
 * team (Acquisition SEO/SEA, which kept its daily call) lags behind all along.
 */
final class DemoStory {

    static final int LAGGING_TEAM = 4;
    static final int COMPANY = -1;
    /** The async stand-up decision of {@code documents.md}, 900 days before today. */
    static final int ASYNC_DECISION_DAYS_AGO = 900;
    private static final double BEFORE_ASYNC = 0.3;
    private static final int DAYS_TO_FULL_ADOPTION = 540;
    private static final double BUSY_QUARTER = 0.2;
    private static final double LAGGING = 0.2;

    private final DemoPeople people;
    private final LocalDate today;
    private final LocalDate asyncSince;
    private final LocalDate busyQuarterStart;

    DemoStory(DemoPeople people, LocalDate today) {
        this.people = people;
        this.today = today;
        this.asyncSince = today.minusDays(ASYNC_DECISION_DAYS_AGO);
        LocalDate thirteenMonthsAgo = today.minusMonths(13);
        this.busyQuarterStart = thirteenMonthsAgo.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    LocalDate today() {
        return today;
    }

    LocalDate founded() {
        return people.founded();
    }

    LocalDate asyncSince() {
        return asyncSince;
    }

    LocalDate busyQuarterStart() {
        return busyQuarterStart;
    }

    boolean inBusyQuarter(LocalDate date) {
        return !date.isBefore(busyQuarterStart) && date.isBefore(busyQuarterStart.plusMonths(3));
    }

    /** How much practices had become asynchronous: low before the decision, full 18 months later. */
    double adoption(LocalDate date) {
        if (date.isBefore(asyncSince)) {
            return BEFORE_ASYNC;
        }
        double progress = Math.min(1, ChronoUnit.DAYS.between(asyncSince, date) / (double) DAYS_TO_FULL_ADOPTION);
        return BEFORE_ASYNC + (1 - BEFORE_ASYNC) * progress;
    }

    /** The chance that a meeting of this team (or {@link #COMPANY}) on that date left written minutes. */
    double propensity(LocalDate date, int team) {
        return adoption(date) * (inBusyQuarter(date) ? BUSY_QUARTER : 1) * (team == LAGGING_TEAM ? LAGGING : 1);
    }

    /**
     * A working day between {@code from} and yesterday, more likely when the team had more people
     * and wrote more: how the subjects that come up anyway get written down over time.
     */
    LocalDate sampleDate(Random random, LocalDate from, int team) {
        LocalDate start = from.isBefore(founded()) ? founded() : from;
        LocalDate firstWeek = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) Math.max(1, ChronoUnit.WEEKS.between(firstWeek, today.minusDays(1)));
        double[] cumulative = new double[weeks];
        double total = 0;
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstWeek.plusWeeks(w);
            total += people.team(team, monday).size() * propensity(monday, team);
            cumulative[w] = total;
        }
        double target = random.nextDouble() * total;
        int week = 0;
        while (week < weeks - 1 && cumulative[week] < target) {
            week++;
        }
        return workingDay(random, firstWeek.plusWeeks(week), start);
    }

    /** A working day of the week starting that Monday, not before {@code notBefore}, before today. */
    LocalDate workingDay(Random random, LocalDate monday, LocalDate notBefore) {
        LocalDate day = monday.plusDays(random.nextInt(5));
        if (day.isBefore(notBefore)) {
            day = notBefore;
        }
        return day.isBefore(today) ? day : today.minusDays(1);
    }

    /** Office hours on that day, Paris time. */
    LocalDateTime during(LocalDate day, Random random) {
        return day.atTime(8 + random.nextInt(10), random.nextInt(60));
    }

    /** A later day for an edit: after {@code after} by 1 to {@code maxDays} days, if before today. */
    LocalDate later(Random random, LocalDate after, int maxDays) {
        LocalDate day = after.plusDays(1 + random.nextInt(Math.max(1, maxDays)));
        return day.isBefore(today) ? day : null;
    }
}
