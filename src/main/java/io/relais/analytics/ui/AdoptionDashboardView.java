package io.relais.analytics.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.analytics.ActivityHeatmap;
import io.relais.analytics.AdoptionAccess;
import io.relais.analytics.AdoptionDashboard;
import io.relais.analytics.AdoptionIndex;
import io.relais.analytics.AdoptionReport;
import io.relais.analytics.AdoptionService;
import io.relais.analytics.Granularity;
import io.relais.analytics.Metric;
import io.relais.analytics.MetricArea;
import io.relais.analytics.MetricSeries;
import io.relais.analytics.ReportRequest;
import io.relais.analytics.TeamComparison;
import io.relais.people.TeamSummary;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisChart;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Does the company really work asynchronously, and where not? The adoption index as a gauge and
 * a trend, then each area's figures per week or month (written vs synchronous, meetings that leave
 * a trace, decisions, knowledge base, findability, rituals, onboarding), the teams side by side,
 * and when people act (weekday and hour). Filters: team, granularity, range, and a second range to
 * compare with. Every chart has a table and a CSV export; clicking a point lists what it counts.
 * Leadership and administrators see the company and every team; a team lead sees only the teams
 * they lead (the service refuses any other group), without the company-wide figures.
 */
@Route("analytics")
@Menu(order = 40, title = "menu.analytics", icon = "vaadin:dashboard")
@RolesAllowed({Roles.LEADERSHIP, Roles.ADMIN, Roles.TEAM_LEAD})
public class AdoptionDashboardView extends VerticalLayout implements HasDynamicTitle {

    /** What the second range is, for comparing. */
    enum Comparison {
        NONE, PREVIOUS, LAST_YEAR
    }

    /** A choice of the team filter: a team, or the whole company ({@code id == null}). */
    record Scope(Long id, String name) {
    }

    private static final List<Metric> WRITING = List.of(Metric.DOCUMENTS_WRITTEN, Metric.MEETING_HOURS,
            Metric.WRITTEN_PER_MEETING_HOUR);
    private static final List<Metric> MEETINGS = List.of(Metric.MINUTES_ON_TIME, Metric.MEETINGS_WITH_MINUTES,
            Metric.MEETINGS_WITHIN_BUDGET);
    private static final List<Metric> DECISIONS = List.of(Metric.DECISIONS_LOGGED, Metric.DECISION_DAYS_TO_ACCEPT,
            Metric.MINUTES_WITH_DECISION);
    private static final List<Metric> KNOWLEDGE_ACTIVITY = List.of(Metric.ARTICLES_CREATED, Metric.ARTICLES_UPDATED,
            Metric.UPVOTES, Metric.POPULAR_BUT_STALE);
    private static final List<Metric> KNOWLEDGE_HEALTH = List.of(Metric.CONTRIBUTORS, Metric.PAST_REVIEW_DATE);
    private static final List<Metric> KNOWLEDGE_VIEWS = List.of(Metric.DOCUMENT_VIEWS);
    private static final List<Metric> FINDABILITY = Metric.of(MetricArea.FINDABILITY);
    private static final List<Metric> RITUALS = Metric.of(MetricArea.RITUALS);
    private static final List<Metric> ONBOARDING = Metric.of(MetricArea.ONBOARDING);

    private final AdoptionService adoption;
    private final Clock clock;
    private final AdoptionAccess access;
    private final Select<Scope> team = new Select<>();
    private final Select<Granularity> granularity = new Select<>();
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Select<Comparison> compare = new Select<>();
    private final Paragraph summary = new Paragraph();

    private final ChartCard gauge = new ChartCard("analytics-gauge", t("analytics.index.title"),
            new RelaisChart(RelaisChart.Type.RADIAL_BAR).setChartHeight(280), "adoption-index");
    private final ChartCard parts = new ChartCard("analytics-index-parts", t("analytics.index.parts"),
            new RelaisChart(RelaisChart.Type.BAR).setMax(100.0), "adoption-index-parts");
    private final ChartCard trend = new ChartCard("analytics-index-trend", t("analytics.index.trend"),
            new RelaisChart(RelaisChart.Type.LINE).setMax(100.0), "adoption-index-trend");
    private final ChartCard comparison = new ChartCard("analytics-compare", t("analytics.compare.title"),
            new RelaisChart(RelaisChart.Type.BAR), "adoption-comparison");
    private final List<MetricCard> metricCards = new ArrayList<>();
    private final ChartCard teamsWritten = new ChartCard("analytics-teams-written", t("analytics.teams.written"),
            new RelaisChart(RelaisChart.Type.BAR).setStacked(true), "documents-per-team");
    private final ChartCard teamsIndex = new ChartCard("analytics-teams-index", t("analytics.teams.index"),
            new RelaisChart(RelaisChart.Type.BAR).setMax(100.0), "index-per-team");
    private final ChartCard heatmap = new ChartCard("analytics-heatmap", t("analytics.heatmap.title"),
            new RelaisChart(RelaisChart.Type.HEATMAP).setChartHeight(300), "activity-by-hour");

    private AdoptionReport report;
    private TeamComparison teams;
    private DrillDialog drill;

    /** A chart of some metrics of one area, with their drill-down. */
    private record MetricCard(ChartCard card, List<Metric> metrics) {
    }

    public AdoptionDashboardView(AdoptionService adoption, Clock clock) {
        this.adoption = adoption;
        this.clock = clock;
        this.access = adoption.access();
        addClassName("relais-page");
        add(new Paragraph(t("analytics.intro", adoption.settings().minGroupSize())));
        if (!access.any()) { // led a team at sign-in, no longer does
            Paragraph nothing = new Paragraph(t("teamlead.analytics.no-team"));
            nothing.setId("analytics-no-team");
            add(nothing);
            return;
        }
        if (!access.company()) {
            Paragraph scope = new Paragraph(t("teamlead.analytics.scope"));
            scope.setId("analytics-team-lead-scope");
            add(scope);
        }
        add(filters(), summary);
        summary.setId("analytics-summary");

        Div index = grid(gauge, parts);
        add(index, trend, comparison);
        addMetricCard("analytics-writing", "analytics.area.writing", RelaisChart.Type.LINE, WRITING);
        addMetricCard("analytics-meetings", "analytics.area.meetings", RelaisChart.Type.LINE, MEETINGS);
        addMetricCard("analytics-decisions", "analytics.area.decisions", RelaisChart.Type.BAR, DECISIONS);
        addMetricCard("analytics-knowledge", "analytics.area.knowledge", RelaisChart.Type.BAR, KNOWLEDGE_ACTIVITY);
        addMetricCard("analytics-knowledge-health", "analytics.area.knowledge-health", RelaisChart.Type.LINE, KNOWLEDGE_HEALTH);
        addMetricCard("analytics-knowledge-views", "analytics.area.knowledge-views", RelaisChart.Type.AREA, KNOWLEDGE_VIEWS);
        addMetricCard("analytics-findability", "analytics.area.findability", RelaisChart.Type.LINE, FINDABILITY);
        addMetricCard("analytics-rituals", "analytics.area.rituals", RelaisChart.Type.LINE, RITUALS);
        addMetricCard("analytics-onboarding", "analytics.area.onboarding", RelaisChart.Type.LINE, ONBOARDING);
        add(teamsWritten, teamsIndex, heatmap);

        comparison.showTable(true);
        teamsWritten.chart().addPointClickListener(click -> chooseTeam(teams.teams().get(click.series()).teamId()));
        teamsIndex.chart().addPointClickListener(click -> chooseTeam(teams.teams().get(click.index()).teamId()));
        refresh();
    }

    private HorizontalLayout filters() {
        List<Scope> scopes = new ArrayList<>();
        if (access.company()) {
            scopes.add(new Scope(null, t("analytics.filter.company")));
        }
        for (TeamSummary one : access.teams()) {
            scopes.add(new Scope(one.id(), one.name()));
        }
        team.setId("analytics-team");
        team.setLabel(t("analytics.filter.team"));
        team.setItems(scopes);
        team.setItemLabelGenerator(Scope::name);
        team.setValue(scopes.getFirst());

        granularity.setId("analytics-granularity");
        granularity.setLabel(t("analytics.filter.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> t("analytics.granularity." + g.name().toLowerCase(java.util.Locale.ROOT)));
        granularity.setValue(Granularity.MONTH);

        LocalDate today = LocalDate.now(clock);
        first.setId("analytics-first");
        first.setLabel(t("analytics.filter.first"));
        first.setValue(today.minusMonths(11).withDayOfMonth(1));
        first.setLocale(getLocale());
        last.setId("analytics-last");
        last.setLabel(t("analytics.filter.last"));
        last.setValue(today);
        last.setLocale(getLocale());

        compare.setId("analytics-compare-with");
        compare.setLabel(t("analytics.filter.compare"));
        compare.setItems(Comparison.values());
        compare.setItemLabelGenerator(c -> t("analytics.compare." + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        compare.setValue(Comparison.PREVIOUS);

        team.addValueChangeListener(change -> refresh());
        granularity.addValueChangeListener(change -> refresh());
        first.addValueChangeListener(change -> refresh());
        last.addValueChangeListener(change -> refresh());
        compare.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(team, granularity, first, last, compare);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void addMetricCard(String id, String titleKey, RelaisChart.Type type, List<Metric> metrics) {
        RelaisChart chart = new RelaisChart(type);
        ChartCard card = new ChartCard(id, t(titleKey), chart, id.replace("analytics-", "adoption-"));
        MetricCard metricCard = new MetricCard(card, metrics);
        chart.addPointClickListener(click -> drill(metrics.get(click.series()), click.index()));
        metricCards.add(metricCard);
        add(card);
    }

    private static Div grid(ChartCard... cards) {
        Div grid = new Div(cards);
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        return grid;
    }

    /** The request the filters describe. */
    ReportRequest request() {
        LocalDate from = Objects.requireNonNullElse(first.getValue(), LocalDate.now(clock).minusMonths(11));
        LocalDate to = Objects.requireNonNullElse(last.getValue(), LocalDate.now(clock));
        return new ReportRequest(team.getValue().id(), granularity.getValue(), from, to);
    }

    /** The range to compare with, or {@code null}. */
    ReportRequest comparedRequest() {
        ReportRequest request = request();
        return switch (compare.getValue()) {
            case NONE -> null;
            case PREVIOUS -> {
                long days = request.last().toEpochDay() - request.first().toEpochDay() + 1;
                yield new ReportRequest(request.teamId(), request.granularity(), request.first().minusDays(days),
                        request.first().minusDays(1));
            }
            case LAST_YEAR -> new ReportRequest(request.teamId(), request.granularity(), request.first().minusYears(1),
                    request.last().minusYears(1));
        };
    }

    void refresh() {
        try {
            AdoptionDashboard dashboard = adoption.dashboard(request(), comparedRequest());
            report = dashboard.report();
            teams = dashboard.teams();
            showIndex();
            showComparison(dashboard.compared());
            metricCards.forEach(this::showMetrics);
            showTeams();
            showHeatmap(dashboard.heatmap());
        } catch (UserFacingException refused) {
            Toasts.error(refused);
        }
    }

    private void showIndex() {
        AdoptionIndex overall = report.overallIndex();
        summary.setText(overall.value() == null ? t("analytics.index.none")
                : t("analytics.summary", Formats.decimal(overall.value(), 0, getLocale()), periodLabel(0),
                        periodLabel(report.periodStarts().size() - 1)));
        gauge.show(t("analytics.index.name"), List.of(t("analytics.index.name")),
                List.of(new RelaisChart.Series(t("analytics.index.name"), java.util.Collections.singletonList(overall.value()))), 0);
        gauge.note(overall.value() == null ? t("analytics.index.none") : null);
        List<String> components = overall.parts().stream().map(p -> t(p.component().labelKey())).toList();
        parts.show(t("analytics.index.component"), components, List.of(
                new RelaisChart.Series(t("analytics.index.score"), overall.parts().stream()
                        .map(p -> p.score() == null ? null : p.score() * 100).toList()),
                new RelaisChart.Series(t("analytics.index.weight"), overall.parts().stream()
                        .map(p -> p.weight() * 100).toList())), 0);
        trend.show(t("analytics.period"), periodLabels(), List.of(new RelaisChart.Series(t("analytics.index.name"),
                report.index().stream().map(AdoptionIndex::value).toList())), 0);
    }

    private void showComparison(AdoptionReport before) {
        comparison.setVisible(before != null);
        if (before == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> then = new ArrayList<>();
        labels.add(t("analytics.index.name"));
        now.add(report.overallIndex().value());
        then.add(before.overallIndex().value());
        for (Map.Entry<Metric, MetricSeries> entry : report.metrics().entrySet()) {
            if (entry.getValue().status() == MetricSeries.Status.MEASURED) {
                labels.add(metricLabel(entry.getKey()));
                now.add(shown(entry.getKey(), entry.getValue().overall()));
                then.add(shown(entry.getKey(), before.series(entry.getKey()).overall()));
            }
        }
        comparison.show(t("analytics.compare.metric"), labels, List.of(
                new RelaisChart.Series(rangeLabel(report), now), new RelaisChart.Series(rangeLabel(before), then)), 2);
    }

    private void showMetrics(MetricCard metricCard) {
        List<RelaisChart.Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Metric metric : metricCard.metrics()) {
            MetricSeries one = report.series(metric);
            series.add(new RelaisChart.Series(metricLabel(metric), one.values().stream().map(v -> shown(metric, v)).toList()));
            if (one.status() != MetricSeries.Status.MEASURED) {
                notes.add(t("analytics.status." + one.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        metricLabel(metric), adoption.settings().minGroupSize()));
            }
        }
        metricCard.card().show(t("analytics.period"), periodLabels(), series, 2);
        metricCard.card().note(notes.isEmpty() ? null : String.join(" ", notes));
    }

    private void showTeams() {
        List<RelaisChart.Series> written = teams.teams().stream()
                .map(one -> new RelaisChart.Series(one.name(), one.saves())).toList();
        teamsWritten.show(t("analytics.period"), periodLabels(), written, 0);
        teamsIndex.show(t("analytics.filter.team"), teams.teams().stream().map(TeamComparison.Team::name).toList(), List.of(
                new RelaisChart.Series(t("analytics.index.name"), teams.teams().stream().map(TeamComparison.Team::index).toList()),
                new RelaisChart.Series(metricLabel(Metric.DOCUMENTS_WRITTEN),
                        teams.teams().stream().map(TeamComparison.Team::writtenPerPersonWeek).toList()),
                new RelaisChart.Series(metricLabel(Metric.MEETING_HOURS),
                        teams.teams().stream().map(TeamComparison.Team::meetingHoursPerPersonWeek).toList())), 2);
        long small = teams.teams().stream().filter(TeamComparison.Team::tooSmall).count();
        teamsIndex.note(small == 0 ? null : t("analytics.teams.too-small", small, adoption.settings().minGroupSize()));
    }

    private void showHeatmap(ActivityHeatmap activity) {
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(String.format("%02d", hour));
        }
        List<RelaisChart.Series> days = new ArrayList<>();
        for (int day = 6; day >= 0; day--) {
            List<Long> row = new ArrayList<>();
            for (long count : activity.actions()[day]) {
                row.add(count);
            }
            days.add(new RelaisChart.Series(java.time.DayOfWeek.of(day + 1)
                    .getDisplayName(java.time.format.TextStyle.FULL, getLocale()), row));
        }
        heatmap.show(t("analytics.heatmap.hour"), hours, days, 0);
        heatmap.note(activity.tooSmall() ? t("analytics.status.too-small", t("analytics.heatmap.title"),
                adoption.settings().minGroupSize())
                : activity.afterHoursShare() == null ? t("analytics.heatmap.none")
                : t("analytics.heatmap.after-hours", Formats.decimal(activity.afterHoursShare() * 100, 1, getLocale()),
                        adoption.settings().workdayStart(), adoption.settings().workdayEnd()));
    }

    private void chooseTeam(long teamId) {
        team.getListDataView().getItems().filter(scope -> Objects.equals(scope.id(), teamId)).findFirst()
                .ifPresent(team::setValue);
    }

    void drill(Metric metric, int period) {
        if (drill != null) {
            drill.close(); // one list at a time, whatever the browser reports
        }
        LocalDate start = report.periodStarts().get(period);
        drill = new DrillDialog(t("analytics.drill.heading", metricLabel(metric), periodLabel(period)),
                adoption.drill(request(), metric, start), adoption.settings().zone());
        drill.open();
    }

    /** Shares as percentages, the rest as they are. */
    private static Double shown(Metric metric, Double value) {
        return value == null ? null : metric.kind().percentage() ? value * 100 : value;
    }

    private String metricLabel(Metric metric) {
        return t(metric.labelKey()) + (metric.kind().percentage() ? " (%)" : "");
    }

    private List<String> periodLabels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < report.periodStarts().size(); i++) {
            labels.add(periodLabel(i));
        }
        return labels;
    }

    private String periodLabel(int period) {
        LocalDate start = report.periodStarts().get(period);
        return report.granularity() == Granularity.MONTH
                ? DateTimeFormatter.ofPattern("MMM yyyy", getLocale()).format(start)
                : Formats.date(start, getLocale());
    }

    private String rangeLabel(AdoptionReport one) {
        return Formats.date(one.periodStarts().getFirst(), getLocale()) + " – "
                + Formats.date(one.end().minusDays(1), getLocale());
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }

    @Override
    public String getPageTitle() {
        return t("menu.analytics");
    }
}
