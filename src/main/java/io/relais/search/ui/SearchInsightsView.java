package io.relais.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisChart;
import io.relais.platform.ui.Toasts;
import io.relais.platform.ui.UiAccess;
import io.relais.search.IndexStatus;
import io.relais.search.SearchInsights;
import io.relais.search.SearchService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/**
 * What people search for (ADMIN and LEADERSHIP): top queries, queries that found nothing (the
 * content gaps to fill) and how often a search leads to opening a result. Administrators also
 * see the index and rebuild it here, with live progress.
 */
@Route("admin/search")
@Menu(order = 91, title = "menu.search-insights", icon = "vaadin:search")
@RolesAllowed({Roles.ADMIN, Roles.LEADERSHIP})
public class SearchInsightsView extends VerticalLayout implements HasDynamicTitle {

    private final SearchService search;
    private final boolean admin;
    private final Select<Integer> period = new Select<>();
    private final Span totals = new Span();
    private final RelaisChart topQueries = new RelaisChart(RelaisChart.Type.BAR);
    private final RelaisChart zeroResults = new RelaisChart(RelaisChart.Type.BAR);
    private final RelaisChart clickThrough = new RelaisChart(RelaisChart.Type.LINE);
    private final Span indexState = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Button rebuild = new Button();
    private Registration progressRegistration;

    public SearchInsightsView(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.admin = currentUser.hasRole(Roles.ADMIN);
        addClassName("relais-page");

        period.setId("search-insights-period");
        period.setLabel(getTranslation("search.insights.period"));
        period.setItems(7, 30, 90);
        period.setItemLabelGenerator(days -> getTranslation("search.insights.days", days));
        period.setValue(30);
        period.addValueChangeListener(change -> refresh());
        totals.setId("search-insights-totals");

        topQueries.setId("search-insights-top");
        topQueries.setTitle(getTranslation("search.insights.top"));
        zeroResults.setId("search-insights-zero");
        zeroResults.setTitle(getTranslation("search.insights.zero"));
        clickThrough.setId("search-insights-ctr");
        clickThrough.setTitle(getTranslation("search.insights.ctr")).setUnit("%");

        add(period, totals, topQueries, zeroResults, clickThrough);
        if (admin) {
            add(indexPanel());
        }
        refresh();
    }

    private VerticalLayout indexPanel() {
        indexState.setId("search-index-state");
        progress.setId("search-index-progress");
        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.setId("search-index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> {
            if (!search.rebuild()) {
                Toasts.error("search.index.already-running");
            }
            show(search.status());
        });
        HorizontalLayout row = new HorizontalLayout(rebuild, indexState);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout panel = new VerticalLayout(new H2(getTranslation("search.index.title")),
                new Paragraph(getTranslation("search.index.explain")), row, progress);
        panel.setPadding(false);
        show(search.status());
        return panel;
    }

    private void refresh() {
        SearchInsights insights = search.insights(period.getValue());
        totals.setText(getTranslation("search.insights.totals", Formats.number(insights.searches(), getLocale()),
                Math.round(insights.clickThroughRate() * 100)));
        List<SearchInsights.QueryCount> top = insights.topQueries();
        topQueries.setData(top.stream().map(SearchInsights.QueryCount::query).toList(),
                List.of(new RelaisChart.Series(getTranslation("search.insights.searches"),
                        top.stream().map(SearchInsights.QueryCount::searches).toList())));
        List<SearchInsights.QueryCount> zero = insights.zeroResultQueries();
        zeroResults.setData(zero.stream().map(SearchInsights.QueryCount::query).toList(),
                List.of(new RelaisChart.Series(getTranslation("search.insights.searches"),
                        zero.stream().map(SearchInsights.QueryCount::searches).toList())));
        List<SearchInsights.DailyClickThrough> daily = insights.clickThrough();
        clickThrough.setData(daily.stream().map(day -> Formats.date(day.day(), getLocale())).toList(),
                List.of(new RelaisChart.Series(getTranslation("search.insights.ctr.series"),
                        daily.stream().map(day -> Math.round(day.rate() * 1000) / 10.0).toList())));
    }

    private void show(IndexStatus status) {
        rebuild.setEnabled(!status.rebuilding());
        progress.setVisible(status.rebuilding());
        progress.setValue(status.progress());
        indexState.setText(status.rebuilding()
                ? getTranslation("search.index.rebuilding", Formats.number(status.rebuilt(), getLocale()),
                        Formats.number(status.toRebuild(), getLocale()))
                : status.lastError() != null ? getTranslation("search.index.failed", status.lastError())
                : status.lastRebuild() == null ? getTranslation("search.index.entries", Formats.number(status.entries(), getLocale()))
                : getTranslation("search.index.rebuilt", Formats.number(status.entries(), getLocale()),
                        Formats.dateTime(status.lastRebuild(), ZoneId.systemDefault(), getLocale()),
                        Formats.number(status.lastRebuildMillis(), getLocale())));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (admin) {
            UI ui = event.getUI();
            progressRegistration = search.onIndexProgress(status -> UiAccess.asOwner(ui, () -> show(status)));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (progressRegistration != null) {
            progressRegistration.remove();
            progressRegistration = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.search-insights");
    }
}
