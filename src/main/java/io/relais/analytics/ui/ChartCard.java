package io.relais.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.relais.platform.Csv;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisChart;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart with what a chart alone cannot give: the same figures as an accessible table (a button
 * switches between them) and as a spreadsheet-safe CSV download. Both are built from the data the
 * chart shows, so the three never disagree. A note says why figures are missing, when they are.
 */
class ChartCard extends VerticalLayout {

    private final RelaisChart chart;
    private final Grid<List<String>> table = new Grid<>();
    private final Paragraph note = new Paragraph();
    private final Button toggle = new Button();
    private final String fileName;
    private List<String> header = List.of();
    private List<List<String>> rows = List.of();

    ChartCard(String id, String title, RelaisChart chart, String fileName) {
        this.chart = chart;
        this.fileName = fileName;
        setId(id);
        setPadding(false);
        setSpacing(false);
        addClassName("analytics-card");
        // the heading names the card; the chart repeats it only as its accessible name
        chart.getElement().setAttribute("aria-label", title);
        chart.setId(id + "-chart");
        table.setId(id + "-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setVisible(false);
        table.setAriaLabel(title);
        note.setId(id + "-note");
        note.setVisible(false);
        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(click -> showTable(!table.isVisible()));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), this.fileName + ".csv", "text/csv;charset=utf-8",
                    bytes.length);
        }), getTranslation("analytics.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId(id + "-csv");
        HorizontalLayout tools = new HorizontalLayout(new H3(title), toggle, csv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, note, chart, table);
        showTable(false);
    }

    RelaisChart chart() {
        return chart;
    }

    /**
     * Shows the data: the chart gets the numbers, the table and the CSV the same numbers written
     * with {@code decimals} decimals (a missing value stays empty: "nothing to show", not zero).
     */
    void show(String categoryHeader, List<String> categories, List<RelaisChart.Series> series, int decimals) {
        chart.setData(categories, series);
        List<String> names = new ArrayList<>();
        names.add(categoryHeader);
        series.forEach(one -> names.add(one.name()));
        this.header = List.copyOf(names);
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> line = new ArrayList<>();
            line.add(categories.get(i));
            for (RelaisChart.Series one : series) {
                Number value = one.data().get(i);
                line.add(value == null ? "" : Formats.decimal(value.doubleValue(), decimals, getLocale()));
            }
            lines.add(line);
        }
        this.rows = List.copyOf(lines);
        rebuildTable();
    }

    /** A sentence above the chart (why some figures are missing), or none. */
    void note(String text) {
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    byte[] csv() {
        return Csv.write(header, rows);
    }

    boolean tableShown() {
        return table.isVisible();
    }

    void showTable(boolean shown) {
        table.setVisible(shown);
        chart.setVisible(!shown);
        toggle.setText(getTranslation(shown ? "analytics.show-chart" : "analytics.show-table"));
        toggle.setIcon(shown ? VaadinIcon.CHART.create() : VaadinIcon.TABLE.create());
    }

    private void rebuildTable() {
        table.removeAllColumns();
        for (int column = 0; column < header.size(); column++) {
            int index = column;
            table.addColumn(line -> line.get(index)).setHeader(header.get(column)).setAutoWidth(true)
                    .setKey(column == 0 ? "category" : "series-" + column);
        }
        table.setItems(rows);
    }
}
