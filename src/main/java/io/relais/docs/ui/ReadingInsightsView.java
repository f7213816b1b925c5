package io.relais.docs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.docs.DocumentInsights;
import io.relais.docs.DocumentPopularity;
import io.relais.docs.DocumentService;
import io.relais.docs.ReadingRanking;
import io.relais.docs.SpaceSummary;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the company reads: most and least read, most upvoted, and popular documents past their
 * review-by date, company-wide or for one space, over 30, 90 or 365 days. Each ranking is a lazy
 * list over the documents the reader may open.
 */
@Route("docs/insights")
@Menu(order = 21, title = "menu.reading-insights", icon = "vaadin:chart")
@PermitAll
public class ReadingInsightsView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentInsights insights;
    private final ComboBox<SpaceSummary> space = new ComboBox<>();
    private final Select<Integer> period = new Select<>();
    private final Map<ReadingRanking, Grid<DocumentPopularity>> grids = new EnumMap<>(ReadingRanking.class);
    private final Map<ReadingRanking, Paragraph> hints = new EnumMap<>(ReadingRanking.class);

    public ReadingInsightsView(DocumentInsights insights, DocumentService documents) {
        this.insights = insights;
        addClassName("relais-page");
        space.setItems(documents.spaces());
        space.setItemLabelGenerator(SpaceSummary::name);
        space.setPlaceholder(getTranslation("docs-social.insights.all-spaces"));
        space.setAriaLabel(getTranslation("docs.filter.space"));
        space.setClearButtonVisible(true);
        space.setId("insights-space");
        period.setItems(new ArrayList<>(DocumentInsights.PERIODS.stream().sorted().toList()));
        period.setItemLabelGenerator(days -> getTranslation("docs-social.insights.period", days));
        period.setValue(90);
        period.setAriaLabel(getTranslation("docs-social.insights.period.label"));
        period.setId("insights-period");
        HorizontalLayout filters = new HorizontalLayout(space, period);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph(getTranslation("docs-social.insights.intro"));
        intro.addClassName("relais-muted");

        Div cards = new Div();
        cards.addClassName("relais-cards");
        for (ReadingRanking ranking : ReadingRanking.values()) {
            cards.add(card(ranking));
        }
        space.addValueChangeListener(change -> refresh());
        period.addValueChangeListener(change -> refresh());
        add(intro, filters, cards);
        refresh();
    }

    private Component card(ReadingRanking ranking) {
        Grid<DocumentPopularity> grid = new Grid<>(DocumentPopularity.class, false);
        grid.addColumn(DocumentPopularity::title).setHeader(getTranslation("docs.column.title")).setFlexGrow(1)
                .setWidth("12rem");
        grid.addColumn(DocumentPopularity::spaceName).setHeader(getTranslation("docs.column.space")).setAutoWidth(true);
        grid.addColumn(row -> Formats.number(row.views(), getLocale()))
                .setHeader(getTranslation("docs-social.insights.column.views")).setAutoWidth(true);
        if (ranking == ReadingRanking.POPULAR_BUT_STALE) {
            grid.addColumn(row -> Formats.date(row.reviewBy(), getLocale()))
                    .setHeader(getTranslation("docs.field.reviewBy")).setAutoWidth(true);
        } else {
            grid.addColumn(row -> Formats.number(row.upvotes(), getLocale()))
                    .setHeader(getTranslation("docs-social.insights.column.upvotes")).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("22rem");
        grid.setEmptyStateText(getTranslation("docs-social.insights.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(click.getItem().path().substring(1))));
        grid.setId("insights-" + ranking.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        grids.put(ranking, grid);

        H3 title = new H3(getTranslation(titleKey(ranking)));
        Paragraph hint = new Paragraph(getTranslation(hintKey(ranking)));
        hint.addClassName("relais-muted");
        hints.put(ranking, hint);
        Div card = new Div(title, hint, grid);
        card.addClassName("relais-card");
        return card;
    }

    /** Every list starts again from its first rows, lazily, for the chosen space and period. */
    private void refresh() {
        Long spaceId = space.getValue() == null ? null : space.getValue().id();
        int days = period.getValue() == null ? 90 : period.getValue();
        grids.forEach((ranking, grid) -> grid.setItems(query ->
                insights.ranking(ranking, spaceId, days, query.getOffset(), query.getLimit()).stream()));
        hints.get(ReadingRanking.POPULAR_BUT_STALE).setText(getTranslation(hintKey(ReadingRanking.POPULAR_BUT_STALE),
                ReadingRanking.popularThreshold(days)));
    }

    private static String titleKey(ReadingRanking ranking) {
        return switch (ranking) {
            case MOST_READ -> "docs-social.insights.most-read";
            case LEAST_READ -> "docs-social.insights.least-read";
            case MOST_UPVOTED -> "docs-social.insights.most-upvoted";
            case POPULAR_BUT_STALE -> "docs-social.insights.stale";
        };
    }

    private static String hintKey(ReadingRanking ranking) {
        return switch (ranking) {
            case MOST_READ -> "docs-social.insights.most-read.hint";
            case LEAST_READ -> "docs-social.insights.least-read.hint";
            case MOST_UPVOTED -> "docs-social.insights.most-upvoted.hint";
            case POPULAR_BUT_STALE -> "docs-social.insights.stale.hint";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reading-insights");
    }
}
