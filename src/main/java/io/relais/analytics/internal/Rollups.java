package io.relais.analytics.internal;

import io.relais.activity.ActivityStats;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AnalyticsProperties;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.people.Membership;
import io.relais.people.PersonService;
import io.relais.platform.SystemTask;
import io.relais.platform.db.TimeBuckets;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the daily roll-up (ADR 0026) up to date: days are rolled once over, per team, by asking
 * the sources themselves by team with one period per day, so a rolled figure is by construction
 * the one measured live; distinct-people figures are asked by person, and who counted is kept per
 * day, week and month (ADR 0028). On each catch-up, in this order: people whose team or dates changed move
 * their teams' history; days queued by {@code AdoptionChanges} are measured again; the days passed
 * since the last roll are added. One roller at a time (a lock); each step commits on its own, with
 * the state that says which days are rolled, so readers always see a consistent split between
 * rolled and live days.
 */
@Component
public class Rollups {

    /** Days rolled per transaction. */
    static final int CHUNK_DAYS = 31;
    /**
     * A day is rolled this long after it ended: a change still in flight at midnight commits
     * before its day is read.
     */
    static final Duration GRACE = Duration.ofMinutes(15);

    private final Sources sources;
    private final PersonService people;
    private final ActivityStats activity;
    private final RollupStore store;
    private final PresenceStore presence;
    private final AnalyticsProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Set when the application shuts down: no new chunk starts (the database may be going). */
    private volatile boolean closing;

    Rollups(Sources sources, PersonService people, ActivityStats activity, RollupStore store, PresenceStore presence,
            AnalyticsProperties properties, TransactionTemplate transactions, Clock clock) {
        this.sources = sources;
        this.people = people;
        this.activity = activity;
        this.store = store;
        this.presence = presence;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The metrics kept in the roll-up as sums: additive ones whose source reports every change to past days. */
    public Set<Metric> rolled() {
        return rolledUp(Metric::additive);
    }

    /** The metrics kept in the roll-up as the people counted: distinct-people ones whose source reports every change. */
    public Set<Metric> rolledPeople() {
        return rolledUp(Metric::distinctPeople);
    }

    private Set<Metric> rolledUp(Predicate<Metric> kind) {
        Set<Metric> rolled = EnumSet.noneOf(Metric.class);
        sources.rolledUp().stream().filter(kind).forEach(rolled::add);
        return rolled;
    }

    RollupStore.State state() {
        return store.state();
    }

    /**
     * Brings the roll-up up to date (moved people, changed days), and rolls at most {@code
     * maxDays} of the days passed since the last roll: a reader asks for a few, the background job
     * for all (the first roll of a large history goes on in the background while readers measure
     * the rest live).
     */
    public void catchUp(int maxDays) {
        SystemTask.runAsAdmin(() -> {
            lock.lock();
            try {
                Map<Long, Membership> members = members();
                RollupStore.State state = store.state();
                if (!state.built()) {
                    state = start(members);
                }
                moved(state, members);
                changed(state);
            } finally {
                lock.unlock();
            }
            advance(maxDays, null);
        });
    }

    /**
     * Forgets every rolled day and rolls the whole history again, reporting the share done (0 to
     * 100) as it goes; readers measure the days not rolled yet live meanwhile.
     */
    public void rebuild(IntConsumer percentDone) {
        SystemTask.runAsAdmin(() -> {
            lock.lock();
            try {
                start(members());
            } finally {
                lock.unlock();
            }
            advance(Integer.MAX_VALUE, percentDone);
        });
    }

    private Map<Long, Membership> members() {
        return people.memberships().stream().collect(Collectors.toMap(Membership::personId, member -> member));
    }

    /**
     * Starts rolling from scratch, on the earliest start date (before it, every group is too
     * small to show): whatever was rolled is forgotten, queued changes included.
     */
    private RollupStore.State start(Map<Long, Membership> members) {
        LocalDate today = rollableUntil();
        LocalDate first = members.values().stream().map(Membership::startDate).min(LocalDate::compareTo).orElse(today);
        RollupStore.State state = new RollupStore.State(first.isAfter(today) ? today : first, first.isAfter(today) ? today : first);
        transactions.executeWithoutResult(status -> {
            store.clear();
            presence.clear();
            store.rolledMembers(members.values());
            store.handled(store.dirty());
            store.state(state);
        });
        return state;
    }

    /** People whose team or dates changed since their history was rolled: their teams' days are rolled again. */
    private void moved(RollupStore.State state, Map<Long, Membership> members) {
        Map<Long, Membership> rolledWith = store.rolledMembers();
        Set<Long> teams = new HashSet<>();
        Set<Long> people = new HashSet<>(members.keySet());
        people.addAll(rolledWith.keySet());
        for (Long person : people) {
            Membership before = rolledWith.get(person);
            Membership now = members.get(person);
            if (!Objects.equals(before, now) && !(before == null && !now.startDate().isBefore(state.rolledUntil()))) {
                Optional.ofNullable(before).ifPresent(member -> teams.add(teamKey(member)));
                Optional.ofNullable(now).ifPresent(member -> teams.add(teamKey(member)));
            }
        }
        if (!teams.isEmpty() && !roll(state.firstDay(), state.rolledUntil(), teams, members)) {
            return; // interrupted by a shutdown: the next start finds the same people moved
        }
        if (!teams.isEmpty() || !rolledWith.equals(members)) {
            transactions.executeWithoutResult(status -> store.rolledMembers(members.values()));
        }
    }

    /** Days queued as changed, within the rolled ones (later days are not rolled yet, earlier ones are read live). */
    private void changed(RollupStore.State state) {
        List<RollupStore.Dirty> dirty = store.dirty();
        if (dirty.isEmpty()) {
            return;
        }
        List<LocalDate[]> ranges = new ArrayList<>();
        dirty.stream().map(range -> new LocalDate[] {max(range.from(), state.firstDay()), min(range.to(), state.rolledUntil())})
                .filter(range -> range[0].isBefore(range[1]))
                .sorted((a, b) -> a[0].compareTo(b[0]))
                .forEach(range -> {
                    LocalDate[] last = ranges.isEmpty() ? null : ranges.getLast();
                    if (last != null && !range[0].isAfter(last[1])) {
                        last[1] = max(last[1], range[1]);
                    } else {
                        ranges.add(range);
                    }
                });
        for (LocalDate[] range : ranges) {
            if (!roll(range[0], range[1], null, null)) {
                return; // interrupted by a shutdown: the days stay queued
            }
        }
        transactions.executeWithoutResult(status -> store.handled(dirty));
    }

    /** Rolls the days passed since the last roll, a chunk per transaction (the lock is taken per chunk). */
    private void advance(int maxDays, IntConsumer percentDone) {
        int rolledDays = 0;
        while (rolledDays < maxDays && !closing) {
            lock.lock();
            try {
                RollupStore.State state = store.state();
                LocalDate until = rollableUntil();
                if (!state.built() || !state.rolledUntil().isBefore(until)) {
                    break;
                }
                int days = Math.min(Math.min(CHUNK_DAYS, maxDays - rolledDays),
                        (int) (until.toEpochDay() - state.rolledUntil().toEpochDay()));
                LocalDate to = state.rolledUntil().plusDays(days);
                transactions.executeWithoutResult(status -> {
                    rollChunk(state.rolledUntil(), to, null, null);
                    store.state(new RollupStore.State(state.firstDay(), to));
                });
                rolledDays += days;
                if (percentDone != null) {
                    long total = until.toEpochDay() - state.firstDay().toEpochDay();
                    percentDone.accept(total == 0 ? 100 : (int) (100 * (to.toEpochDay() - state.firstDay().toEpochDay()) / total));
                }
            } finally {
                lock.unlock();
            }
        }
        if (percentDone != null) {
            percentDone.accept(100);
        }
    }

    /**
     * Rolls [from, to) again: every team, or only the given ones (with the company's sums);
     * answers false when a shutdown stopped it before the end.
     */
    private boolean roll(LocalDate from, LocalDate to, Set<Long> teams, Map<Long, Membership> members) {
        for (LocalDate start = from; start.isBefore(to); start = min(start.plusDays(CHUNK_DAYS), to)) {
            if (closing) {
                return false;
            }
            LocalDate chunkStart = start;
            LocalDate chunkEnd = min(start.plusDays(CHUNK_DAYS), to);
            transactions.executeWithoutResult(status -> rollChunk(chunkStart, chunkEnd, teams, members));
        }
        return true;
    }

    /** At shutdown: no new chunk starts, and the one under way finishes before the database goes. */
    @PreDestroy
    void close() {
        closing = true;
        lock.lock();
        lock.unlock();
    }

    private void rollChunk(LocalDate from, LocalDate to, Set<Long> teams, Map<Long, Membership> members) {
        Set<Metric> rolled = rolled();
        Set<Metric> perTeam = rolled.stream().filter(Metric::perGroup).collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
        Set<Long> people = teams == null ? null : members.values().stream().filter(member -> teams.contains(teamKey(member)))
                .map(Membership::personId).collect(Collectors.toSet());
        TimeBuckets days = daily(from, to);
        store.forget(from, to, teams, perTeam);
        List<RollupStore.DayRow> rows = new ArrayList<>();
        for (Metric metric : rolled) {
            AdoptionSource source = sources.of(metric).orElseThrow();
            if (metric.perGroup() && (people == null || !people.isEmpty())) {
                GroupedMeasures measured = source.measureGroups(metric, new AdoptionQuery(people, days, true));
                measured.groups().forEach((team, measures) -> {
                    if (teams == null || teams.contains(team)) {
                        addRows(rows, metric, team, days, measures);
                    }
                });
            } else if (!metric.perGroup() && teams == null) {
                addRows(rows, metric, RollupStore.COMPANY, days, source.measure(metric, new AdoptionQuery(null, days)));
            }
        }
        store.insertDays(rows);
        store.insertHours(hours(from, to, people));
        store.deriveCompany(from, to, perTeam);
        store.deriveWeeksAndMonths(from, to);
        if (teams == null) { // who counted on a day does not depend on their team: a move rolls nothing again
            rollPeople(days);
        }
    }

    /** Who counted on each day of a distinct-people metric, and then in the weeks and months holding those days. */
    private void rollPeople(TimeBuckets days) {
        Set<Metric> metrics = rolledPeople();
        if (metrics.isEmpty()) {
            return;
        }
        presence.forgetDays(days.firstDay(), days.endDay(), metrics);
        List<PresenceStore.DayRow> rows = new ArrayList<>();
        AdoptionQuery byPerson = new AdoptionQuery(null, days, AdoptionQuery.Split.PERSON);
        for (Metric metric : metrics) {
            sources.of(metric).orElseThrow().measureGroups(metric, byPerson)
                    .eachPresent((person, day) -> rows.add(new PresenceStore.DayRow(metric, days.start(day), person)));
        }
        presence.insertDays(rows);
        presence.deriveWeeksAndMonths(days.firstDay(), days.endDay(), metrics);
    }

    private static void addRows(List<RollupStore.DayRow> rows, Metric metric, long team, TimeBuckets days, List<Measure> measures) {
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            if (metric.counted() ? measure.value() != 0 : measure.basis() != 0) {
                rows.add(new RollupStore.DayRow(metric, team, days.start(i), measure.value(), measure.basis()));
            }
        }
    }

    /** Actions per team, local day and hour; an hour straddling the range's edge counts in its first day inside. */
    private Collection<RollupStore.HourRow> hours(LocalDate from, LocalDate to, Set<Long> people) {
        if (people != null && people.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, RollupStore.HourRow> rows = new HashMap<>();
        for (ActivityStats.TeamHourCount count : activity.actionsPerTeamAndHour(people, from.atStartOfDay(properties.zone())
                .toInstant(), to.atStartOfDay(properties.zone()).toInstant())) {
            ZonedDateTime local = count.hourUtc().atZone(ZoneOffset.UTC).withZoneSameInstant(properties.zone());
            LocalDate day = max(local.toLocalDate(), from);
            rows.merge(List.of(count.teamId(), day, local.getHour()),
                    new RollupStore.HourRow(count.teamId(), day, local.getHour(), count.actions()),
                    (a, b) -> new RollupStore.HourRow(a.teamId(), a.day(), a.hour(), a.actions() + b.actions()));
        }
        return rows.values();
    }

    /** The day before which days can be rolled: the current one and the grace after midnight are still open. */
    LocalDate rollableUntil() {
        return LocalDate.ofInstant(clock.instant().minus(GRACE), properties.zone());
    }

    static long teamKey(Membership member) {
        return member.teamId() == null ? GroupedMeasures.NO_TEAM : member.teamId();
    }

    static TimeBuckets daily(LocalDate from, LocalDate to, ZoneId zone) {
        List<LocalDate> boundaries = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boundaries.add(day);
        }
        return new TimeBuckets(boundaries, zone);
    }

    private TimeBuckets daily(LocalDate from, LocalDate to) {
        return daily(from, to, properties.zone());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
