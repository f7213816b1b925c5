package io.relais.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How features tell adoption analytics that figures of days already over changed: a day's
 * figures are rolled up once it has passed (ADR 0026), so a change that counts on an earlier day
 * (minutes written for last week's meeting, an upvote withdrawn, last month's meeting edited,
 * history written after the fact) must say so, in the transaction of the change, for the roll-up
 * to measure those days again. Changes that only count today need no call; days in the company's
 * zone. Sources list the metrics they keep this promise for in {@link AdoptionSource#rolledUp()}.
 */
public interface AdoptionChanges {

    /** Figures of the days [from, to) may have changed. */
    void changed(LocalDate from, LocalDate to);

    /** Figures of that day may have changed. */
    default void changed(LocalDate day) {
        changed(day, day.plusDays(1));
    }

    /** Figures of these days may have changed. */
    void changedOn(Collection<LocalDate> days);

    /** Figures of the day holding that instant may have changed. */
    void changedAt(Instant when);

    /** Figures of the days holding these instants may have changed (history written after the fact). */
    void changedAtAll(Collection<Instant> instants);

    /** Figures of the days from the one holding {@code from} to the one holding {@code to} (today when null) may have changed. */
    void changedBetween(Instant from, Instant to);
}
