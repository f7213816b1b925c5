package io.relais.analytics.internal;

import io.relais.activity.PastActivityRecorded;
import io.relais.analytics.AdoptionChanges;
import io.relais.analytics.AnalyticsProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the days a change touched, in the change's transaction (so a rolled-back change queues
 * nothing and a committed one is never missed). Days from today on are not rolled yet: nothing to
 * queue for them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RollupQueue implements AdoptionChanges {

    private final RollupStore store;
    private final AnalyticsProperties properties;
    private final Clock clock;

    RollupQueue(RollupStore store, AnalyticsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void changed(LocalDate from, LocalDate to) {
        LocalDate today = today();
        LocalDate end = to.isAfter(today) ? today : to;
        if (from.isBefore(end)) {
            store.queue(from, end);
        }
    }

    /** Consecutive days go in one range. */
    @Override
    public void changedOn(Collection<LocalDate> days) {
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (end != null && day.equals(end)) {
                end = day.plusDays(1);
                continue;
            }
            if (start != null) {
                changed(start, end);
            }
            start = day;
            end = day.plusDays(1);
        }
        if (start != null) {
            changed(start, end);
        }
    }

    @Override
    public void changedAt(Instant when) {
        LocalDate day = day(when);
        changed(day, day.plusDays(1));
    }

    @Override
    public void changedAtAll(Collection<Instant> instants) {
        changedOn(instants.stream().map(this::day).toList());
    }

    @Override
    public void changedBetween(Instant from, Instant to) {
        changed(day(from), to == null ? today() : day(to).plusDays(1));
    }

    /** History written after the fact counts in the activity heatmap of its days. */
    @EventListener
    void on(PastActivityRecorded recorded) {
        changedAtAll(recorded.occurredAt());
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, properties.zone());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
