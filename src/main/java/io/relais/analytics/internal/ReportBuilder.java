package io.relais.analytics.internal;

import io.relais.analytics.AdoptionIndex;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionReport;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AnalyticsProperties;
import io.relais.analytics.DrillItem;
import io.relais.analytics.Granularity;
import io.relais.analytics.IndexComponent;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.analytics.MetricKind;
import io.relais.analytics.MetricSeries;
import io.relais.analytics.MyAsyncWeek;
import io.relais.analytics.ReportRequest;
import io.relais.analytics.TeamComparison;
import io.relais.people.Membership;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.db.TimeBuckets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds reports from whatever {@link AdoptionSource}s exist: each metric is asked of the source
 * that lists it, per period and over the whole range, and divided by the group's presence. Groups
 * below the minimum size show nothing, in any period where they are that small.
 */
@Component
public class ReportBuilder {

    private final Sources sources;
    private final Measurements measurements;
    private final PersonService people;
    private final AnalyticsProperties properties;
    private final Clock clock;

    ReportBuilder(Sources sources, Measurements measurements, PersonService people,
            AnalyticsProperties properties, Clock clock) {
        this.sources = sources;
        this.measurements = measurements;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /** The metrics some source measures today. */
    public Set<Metric> measured() {
        Set<Metric> measured = EnumSet.noneOf(Metric.class);
        measured.addAll(sources.metrics());
        if (measured.containsAll(List.of(Metric.DOCUMENTS_WRITTEN, Metric.MEETING_HOURS))) {
            measured.add(Metric.WRITTEN_PER_MEETING_HOUR);
        }
        return measured;
    }

    @Transactional(readOnly = true)
    public AdoptionReport report(ReportRequest request) {
        TimeBuckets periods = Periods.of(request, properties.zone());
        Group group = Group.of(request.teamId(), people.memberships(), tomorrow());
        Set<Metric> wanted = EnumSet.allOf(Metric.class);
        Map<Metric, Measurements.Measured> measured = tooSmall(group, Periods.whole(periods), 0) ? Map.of()
                : measurements.of(group, periods, asked(wanted, group.teamId() != null));
        return report(group, request, periods, wanted, measured);
    }

    @Transactional(readOnly = true)
    public TeamComparison compareTeams(ReportRequest request, List<TeamSummary> teams) {
        TimeBuckets periods = Periods.of(request, properties.zone());
        List<Membership> everybody = people.memberships();
        Set<Metric> needed = EnumSet.of(Metric.DOCUMENTS_WRITTEN, Metric.MEETING_HOURS);
        Arrays.stream(IndexComponent.values()).forEach(component -> needed.add(component.metric()));
        Map<Long, Map<Metric, Measurements.Measured>> perTeam = teams.isEmpty() ? Map.of()
                : measurements.perTeam(teams.stream().map(TeamSummary::id).toList(), periods, asked(needed, true));
        List<TeamComparison.Team> result = new ArrayList<>();
        for (TeamSummary team : teams) {
            Group group = Group.team(team.id(), everybody, tomorrow());
            Map<Metric, Measurements.Measured> measured = perTeam.getOrDefault(team.id(), Map.of());
            AdoptionReport report = report(group, request, periods, needed, measured);
            boolean tooSmall = tooSmall(group, Periods.whole(periods), 0);
            List<Measure> saves = measured(measured, Metric.DOCUMENTS_WRITTEN, periods).periods();
            List<Double> perPeriod = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                perPeriod.add(tooSmall || tooSmall(group, periods, i) ? null : saves.get(i).value());
            }
            result.add(new TeamComparison.Team(team.id(), team.name(), tooSmall, perPeriod, report.overallIndex().value(),
                    report.series(Metric.DOCUMENTS_WRITTEN).overall(), report.series(Metric.MEETING_HOURS).overall()));
        }
        return new TeamComparison(starts(periods), result);
    }

    /** The metrics a source measures for the group: not derived ones, nor company-wide ones for a team. */
    private Set<Metric> asked(Set<Metric> wanted, boolean team) {
        Set<Metric> asked = EnumSet.noneOf(Metric.class);
        for (Metric metric : wanted) {
            if (metric.kind() != MetricKind.RATIO && (metric.perGroup() || !team) && source(metric).isPresent()) {
                asked.add(metric);
            }
        }
        return asked;
    }

    private static Measurements.Measured measured(Map<Metric, Measurements.Measured> measured, Metric metric,
            TimeBuckets periods) {
        Measurements.Measured one = measured.get(metric);
        return one != null ? one : Measurements.Measured.none(metric, periods.size());
    }

    /** What lies behind one metric in one period of the request. */
    @Transactional(readOnly = true)
    public List<DrillItem> drill(ReportRequest request, Metric metric, LocalDate periodStart, int limit) {
        TimeBuckets period = Periods.single(Periods.of(request, properties.zone()), periodStart);
        Group group = Group.of(request.teamId(), people.memberships(), tomorrow());
        if (tooSmall(group, period, 0)) {
            return List.of();
        }
        Metric listed = metric == Metric.WRITTEN_PER_MEETING_HOUR ? Metric.DOCUMENTS_WRITTEN : metric;
        return source(listed).map(source -> source.drill(listed, new AdoptionQuery(group.personIds(), period), limit))
                .orElse(List.of());
    }

    /**
     * One person's own last week and this week (its meetings until Sunday), from the sources' raw
     * measures (a count of saves or decisions, person-hours of meetings); a metric no source
     * measures reads 0.
     */
    @Transactional(readOnly = true)
    public MyAsyncWeek personal(long personId) {
        LocalDate monday = Granularity.WEEK.periodStart(tomorrow().minusDays(1));
        TimeBuckets weeks = new TimeBuckets(List.of(monday.minusWeeks(1), monday, monday.plusWeeks(1)), properties.zone());
        AdoptionQuery mine = new AdoptionQuery(Set.of(personId), weeks);
        List<Measure> saves = measure(Metric.DOCUMENTS_WRITTEN, mine);
        List<Measure> hours = measure(Metric.MEETING_HOURS, mine);
        List<Measure> decisions = measure(Metric.DECISIONS_LOGGED, mine);
        List<MyAsyncWeek.Week> result = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            result.add(new MyAsyncWeek.Week(weeks.start(i), Math.round(value(saves, i)), value(hours, i),
                    Math.round(value(decisions, i))));
        }
        return new MyAsyncWeek(result);
    }

    private static double value(List<Measure> measures, int period) {
        return measures == null ? 0 : measures.get(period).value();
    }

    /** The first day that has not happened yet, in the company's zone. */
    LocalDate tomorrow() {
        return LocalDate.now(clock.withZone(properties.zone())).plusDays(1);
    }

    boolean tooSmall(Group group, TimeBuckets periods, int period) {
        return group.headcount(periods, period) < properties.minGroupSize();
    }

    private AdoptionReport report(Group group, ReportRequest request, TimeBuckets periods, Set<Metric> wanted,
            Map<Metric, Measurements.Measured> measured) {
        TimeBuckets whole = Periods.whole(periods);
        Map<Metric, MetricSeries> series = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            if (metric.kind() != MetricKind.RATIO && wanted.contains(metric)) {
                series.put(metric, series(metric, group, periods, whole, measured(measured, metric, periods)));
            }
        }
        if (wanted.contains(Metric.WRITTEN_PER_MEETING_HOUR)) {
            series.put(Metric.WRITTEN_PER_MEETING_HOUR, ratio(series.get(Metric.DOCUMENTS_WRITTEN),
                    series.get(Metric.MEETING_HOURS)));
        }
        List<AdoptionIndex> index = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            int period = i;
            index.add(index(series, figure -> figure.values().get(period)));
        }
        List<Double> headcount = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            headcount.add(group.headcount(periods, i));
        }
        return new AdoptionReport(group.teamId(), request.granularity(), starts(periods), periods.endDay(), headcount, series, index,
                index(series, MetricSeries::overall));
    }

    private AdoptionIndex index(Map<Metric, MetricSeries> series, Function<MetricSeries, Double> pick) {
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        for (IndexComponent component : IndexComponent.values()) {
            MetricSeries one = series.get(component.metric());
            if (one != null && one.status() == MetricSeries.Status.MEASURED) {
                Double figure = pick.apply(one);
                if (figure != null) {
                    figures.put(component.metric(), figure);
                }
            }
        }
        return AdoptionIndex.of(figures, properties.weights(), properties.documentsPerMeetingHour());
    }

    private MetricSeries series(Metric metric, Group group, TimeBuckets periods, TimeBuckets whole,
            Measurements.Measured measured) {
        List<Double> none = Collections.nCopies(periods.size(), null);
        if (source(metric).isEmpty()) {
            return new MetricSeries(metric, MetricSeries.Status.NO_SOURCE, none, null);
        }
        if (!metric.perGroup() && group.teamId() != null) {
            return new MetricSeries(metric, MetricSeries.Status.COMPANY_ONLY, none, null);
        }
        if (tooSmall(group, whole, 0)) {
            return new MetricSeries(metric, MetricSeries.Status.TOO_SMALL, none, null);
        }
        List<Double> values = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            values.add(tooSmall(group, periods, i) ? null
                    : Figures.of(metric, measured.periods().get(i), group.personDays(periods, i), group.days(periods, i)));
        }
        return new MetricSeries(metric, MetricSeries.Status.MEASURED, values,
                Figures.of(metric, measured.overall(), group.personDays(whole, 0), group.days(whole, 0)));
    }

    private static MetricSeries ratio(MetricSeries written, MetricSeries meetings) {
        if (written.status() != MetricSeries.Status.MEASURED || meetings.status() != MetricSeries.Status.MEASURED) {
            MetricSeries.Status status = written.status() == MetricSeries.Status.MEASURED ? meetings.status() : written.status();
            return new MetricSeries(Metric.WRITTEN_PER_MEETING_HOUR, status,
                    Collections.nCopies(written.values().size(), null), null);
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < written.values().size(); i++) {
            values.add(Figures.ratio(written.values().get(i), meetings.values().get(i)));
        }
        return new MetricSeries(Metric.WRITTEN_PER_MEETING_HOUR, MetricSeries.Status.MEASURED, values,
                Figures.ratio(written.overall(), meetings.overall()));
    }

    private List<Measure> measure(Metric metric, AdoptionQuery query) {
        return source(metric).map(source -> source.measure(metric, query)).orElse(null);
    }

    private Optional<AdoptionSource> source(Metric metric) {
        return sources.of(metric);
    }

    private static List<LocalDate> starts(TimeBuckets periods) {
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            starts.add(periods.start(i));
        }
        return starts;
    }
}
