package io.relais.analytics.internal;

import io.relais.analytics.ReportRequest;
import io.relais.platform.UserFacingException;
import io.relais.platform.db.TimeBuckets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The whole weeks or months a request covers, and the same range as one period. */
final class Periods {

    /** Weekly over three years is 157 periods; beyond this, ask for months. */
    static final int MOST_PERIODS = 160;

    private Periods() {
    }

    static TimeBuckets of(ReportRequest request, ZoneId zone) {
        if (request.last().isBefore(request.first())) {
            throw new UserFacingException("last", "analytics.error.range");
        }
        List<LocalDate> boundaries = new ArrayList<>();
        LocalDate start = request.granularity().periodStart(request.first());
        boundaries.add(start);
        while (!start.isAfter(request.last())) {
            start = request.granularity().next(start);
            boundaries.add(start);
            if (boundaries.size() > MOST_PERIODS + 1) {
                throw new UserFacingException("granularity", "analytics.error.too-many-periods", MOST_PERIODS);
            }
        }
        return new TimeBuckets(boundaries, zone);
    }

    static TimeBuckets whole(TimeBuckets periods) {
        return new TimeBuckets(List.of(periods.firstDay(), periods.endDay()), periods.zone());
    }

    /** One period of the request: the one starting on that day. */
    static TimeBuckets single(TimeBuckets periods, LocalDate periodStart) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.start(i).equals(periodStart)) {
                return new TimeBuckets(List.of(periods.start(i), periods.end(i)), periods.zone());
            }
        }
        throw new UserFacingException(null, "analytics.error.unknown-period");
    }

    /** The days of the periods outside the rolled ones, [rolledFrom, rolledTo): up to two ranges [from, to). */
    static List<LocalDate[]> notRolled(TimeBuckets periods, LocalDate rolledFrom, LocalDate rolledTo) {
        List<LocalDate[]> ranges = rolledFrom.isBefore(rolledTo)
                ? List.of(new LocalDate[] {periods.firstDay(), rolledFrom}, new LocalDate[] {rolledTo, periods.endDay()})
                : List.<LocalDate[]>of(new LocalDate[] {periods.firstDay(), periods.endDay()});
        return ranges.stream().filter(range -> range[0].isBefore(range[1])).toList();
    }

    /**
     * The periods cut to [from, to), a day range within them: the first and last may be partial
     * (days before the roll-up starts, or from the first day not rolled yet).
     */
    static TimeBuckets within(TimeBuckets periods, LocalDate from, LocalDate to) {
        List<LocalDate> boundaries = new ArrayList<>();
        boundaries.add(from);
        for (int i = 1; i < periods.size(); i++) {
            if (periods.start(i).isAfter(from) && periods.start(i).isBefore(to)) {
                boundaries.add(periods.start(i));
            }
        }
        boundaries.add(to);
        return new TimeBuckets(boundaries, periods.zone());
    }
}
