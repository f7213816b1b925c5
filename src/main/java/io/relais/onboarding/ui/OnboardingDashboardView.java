package io.relais.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.relais.onboarding.CompletionMonth;
import io.relais.onboarding.OnboardingDashboard;
import io.relais.onboarding.OnboardingFilter;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.OnboardingSummary;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.TemplateDuration;
import io.relais.onboarding.TemplateService;
import io.relais.onboarding.TemplateSummary;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisChart;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The onboarding dashboard. Leadership sees the aggregates (running checklists, overdue items,
 * exercises stuck in review, completions over time, average duration per template); HR also
 * every checklist, lazily listed and filtered by team, template, kind and state, with a drill-down
 * into each, a spreadsheet-safe CSV export, and starts checklists and edits templates from here.
 */
@Route("onboarding/dashboard")
@Menu(order = 7, title = "onboarding.menu.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({Roles.HR, Roles.LEADERSHIP})
public class OnboardingDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final OnboardingDashboard dashboard;
    private final Clock clock;
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final ComboBox<TemplateSummary> template = new ComboBox<>();
    private final ComboBox<Purpose> purpose = new ComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final TextField text = new TextField();
    private ConfigurableFilterDataProvider<OnboardingSummary, Void, OnboardingFilter> rows;

    public OnboardingDashboardView(OnboardingDashboard dashboard, OnboardingService onboardings,
            TemplateService templates, PersonService people, CurrentUser currentUser, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        addClassName("relais-page");
        add(figures(), chart(), durations());
        if (currentUser.hasRole(Roles.HR)) {
            HorizontalLayout actions = new HorizontalLayout();
            Button start = new Button(getTranslation("onboarding.action.start"), VaadinIcon.PLUS.create(),
                    click -> new StartDialog(onboardings, templates, people,
                            id -> UI.getCurrent().navigate(OnboardingView.class, id)).open());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("dashboard-start");
            Button editTemplates = new Button(getTranslation("onboarding.templates.title"), VaadinIcon.LIST.create(),
                    click -> UI.getCurrent().navigate(TemplatesView.class));
            editTemplates.setId("dashboard-templates");
            actions.add(start, editTemplates);
            add(actions, list(templates, people));
        }
    }

    private HorizontalLayout figures() {
        Map<String, Long> figures = dashboard.figures();
        HorizontalLayout layout = new HorizontalLayout();
        layout.setId("dashboard-figures");
        layout.setWrap(true);
        for (String figure : List.of("running", "overdue", "stuck")) {
            Div card = new Div(new Span(getTranslation("onboarding.figure." + figure)),
                    new H3(Formats.number(figures.getOrDefault(figure, 0L), getLocale())));
            card.addClassName("relais-card");
            card.setId("figure-" + figure);
            layout.add(card);
        }
        return layout;
    }

    private RelaisChart chart() {
        List<CompletionMonth> months = dashboard.completionHistory(12);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        RelaisChart chart = new RelaisChart(RelaisChart.Type.BAR).setTitle(getTranslation("onboarding.chart.title"))
                .setChartHeight(260);
        chart.setData(months.stream().map(m -> label.format(m.month())).toList(), List.of(
                new RelaisChart.Series(getTranslation("onboarding.chart.items"),
                        months.stream().map(CompletionMonth::itemsDone).toList()),
                new RelaisChart.Series(getTranslation("onboarding.chart.checklists"),
                        months.stream().map(CompletionMonth::checklistsFinished).toList())));
        chart.setId("dashboard-chart");
        return chart;
    }

    private Grid<TemplateDuration> durations() {
        Grid<TemplateDuration> grid = new Grid<>();
        NumberFormat days = NumberFormat.getNumberInstance(getLocale());
        days.setMaximumFractionDigits(1);
        grid.addColumn(TemplateDuration::templateName).setHeader(getTranslation("onboarding.column.template"));
        grid.addColumn(TemplateDuration::finished).setHeader(getTranslation("onboarding.column.finished-count"));
        grid.addColumn(d -> days.format(d.averageDays())).setHeader(getTranslation("onboarding.column.average-days"));
        grid.setItems(dashboard.durations());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("dashboard-durations");
        return grid;
    }

    private VerticalLayout list(TemplateService templates, PersonService people) {
        team.setItems(people.teams());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setPlaceholder(getTranslation("onboarding.filter.team"));
        team.setClearButtonVisible(true);
        team.setId("dashboard-team");
        template.setItems(templates.latest(null));
        template.setItemLabelGenerator(TemplateSummary::name);
        template.setPlaceholder(getTranslation("onboarding.filter.template"));
        template.setClearButtonVisible(true);
        template.setId("dashboard-template");
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("onboarding.purpose." + p));
        purpose.setPlaceholder(getTranslation("onboarding.filter.purpose"));
        purpose.setClearButtonVisible(true);
        purpose.setId("dashboard-purpose");
        state.setItems("RUNNING", "FINISHED");
        state.setItemLabelGenerator(s -> getTranslation("onboarding.state." + s));
        state.setPlaceholder(getTranslation("onboarding.filter.state"));
        state.setClearButtonVisible(true);
        state.setValue("RUNNING");
        state.setId("dashboard-state");
        text.setPlaceholder(getTranslation("onboarding.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setId("dashboard-text");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = exportCsv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "onboardings-" + LocalDate.now(clock) + ".csv",
                    "text/csv;charset=utf-8", csv.length);
        }), getTranslation("onboarding.action.export"));
        export.getElement().setAttribute("download", true);
        export.setId("dashboard-export");
        HorizontalLayout filters = new HorizontalLayout(text, team, template, purpose, state, export);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<OnboardingSummary> grid = new Grid<>();
        grid.addColumn(new ComponentRenderer<>(s -> new Anchor("/onboarding/" + s.id(), s.personName())))
                .setHeader(getTranslation("onboarding.column.person")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("onboarding.purpose." + s.purpose())).setHeader(getTranslation("onboarding.column.purpose"));
        grid.addColumn(s -> s.teamName() == null ? "" : s.teamName()).setHeader(getTranslation("onboarding.column.team"));
        grid.addColumn(s -> s.templateName() + " v" + s.templateVersion()).setHeader(getTranslation("onboarding.column.template"));
        grid.addColumn(s -> s.buddyName() == null ? "" : s.buddyName()).setHeader(getTranslation("onboarding.column.buddy"));
        grid.addColumn(s -> Formats.date(s.startDate(), getLocale())).setHeader(getTranslation("onboarding.column.start"));
        grid.addColumn(s -> s.percentDone() + " %").setHeader(getTranslation("onboarding.column.done"));
        grid.addColumn(new ComponentRenderer<>(s -> s.overdueCount() == 0 ? new Span("0")
                : OnboardingUi.badge(String.valueOf(s.overdueCount()), "error")))
                .setHeader(getTranslation("onboarding.column.overdue"));
        grid.addColumn(new ComponentRenderer<>(s -> s.stuckInReview() > 0
                ? OnboardingUi.badge(getTranslation("onboarding.stuck", s.inReviewCount()), "error")
                : new Span(String.valueOf(s.inReviewCount()))))
                .setHeader(getTranslation("onboarding.column.in-review"));
        grid.setEmptyStateText(getTranslation("onboarding.dashboard.empty"));
        grid.setId("dashboard-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        rows = new CallbackDataProvider<OnboardingSummary, OnboardingFilter>(
                query -> dashboard.page(query.getFilter().orElse(OnboardingFilter.IN_PROGRESS), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) dashboard.count(query.getFilter().orElse(OnboardingFilter.IN_PROGRESS)),
                OnboardingSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        team.addValueChangeListener(change -> applyFilter());
        template.addValueChangeListener(change -> applyFilter());
        purpose.addValueChangeListener(change -> applyFilter());
        state.addValueChangeListener(change -> applyFilter());
        text.addValueChangeListener(change -> applyFilter());
        applyFilter();
        VerticalLayout layout = new VerticalLayout(filters, grid);
        layout.setPadding(false);
        return layout;
    }

    OnboardingFilter currentFilter() {
        return new OnboardingFilter(team.getValue() == null ? null : team.getValue().id(),
                template.getValue() == null ? null : template.getValue().lineage(), purpose.getValue(),
                state.getValue() == null ? null : state.getValue().equals("FINISHED"), text.getValue());
    }

    /** The list as the filters show it, titled in the reader's language. */
    byte[] exportCsv() {
        List<String> header = List.of("person", "purpose", "team", "template", "buddy", "start", "done", "overdue",
                "in-review", "finished").stream().map(column -> getTranslation("onboarding.column." + column)).toList();
        return dashboard.exportCsv(currentFilter(), header, p -> getTranslation("onboarding.purpose." + p));
    }

    private void applyFilter() {
        rows.setFilter(currentFilter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.menu.dashboard");
    }
}
