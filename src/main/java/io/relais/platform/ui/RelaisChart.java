package io.relais.platform.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by ApexCharts in the browser ({@code <relais-chart>} from {@code frontend/}),
 * configured from typed Java: a type, categories along the x axis (or slices of a donut, or
 * columns of a heatmap) and named series of numbers. Colours come from Lumo, so charts follow
 * the light/dark scheme; width follows the container.
 */
@Tag("relais-chart")
@JavaScript("context://relais/relais-chart.js")
public class RelaisChart extends Component implements HasSize {

    /**
     * ApexCharts' browser build, relative to the context root. {@code <relais-chart>} loads it on
     * first use; the app shell preloads it on every page.
     */
    public static final String LIBRARY = "relais/vendor/apexcharts/apexcharts.min.js";

    /** The chart types Relais uses. */
    public enum Type {
        LINE("line"), BAR("bar"), AREA("area"), DONUT("donut"), HEATMAP("heatmap"),
        /** A gauge: one series of values from 0 to 100, one arc per category. */
        RADIAL_BAR("radialBar");

        private final String apexName;

        Type(String apexName) {
            this.apexName = apexName;
        }
    }

    /**
     * One named row of values, aligned with the categories. A donut and a gauge use a single
     * series whose values are the slices or arcs; a heatmap uses one series per row. A {@code
     * null} value is a gap: nothing to show for that category (not zero).
     */
    public record Series(String name, List<? extends Number> data) {
        public Series {
            Objects.requireNonNull(name);
            data = Collections.unmodifiableList(new ArrayList<>(data));
        }
    }

    /** A click on a data point: which series (0-based) and which category (0-based). */
    public record PointClick(int series, int index) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Type type = Type.LINE;
    private String title;
    private String unit;
    private boolean stacked;
    private boolean sparkline;
    private int height = 320;
    private Double max;
    private boolean clickable;
    private final List<Consumer<PointClick>> clickListeners = new ArrayList<>();
    private List<String> categories = List.of();
    private List<Series> series = List.of();

    public RelaisChart(Type type) {
        this.type = Objects.requireNonNull(type);
        setWidthFull();
        update();
    }

    public RelaisChart setType(Type newType) {
        this.type = Objects.requireNonNull(newType);
        return update();
    }

    public RelaisChart setTitle(String newTitle) {
        this.title = newTitle;
        return update();
    }

    /** A unit appended to axis labels, e.g. {@code "h"} or {@code "%"}. */
    public RelaisChart setUnit(String newUnit) {
        this.unit = newUnit;
        return update();
    }

    public RelaisChart setStacked(boolean newStacked) {
        this.stacked = newStacked;
        return update();
    }

    /**
     * A sparkline: just the line, without axes, grid, legend or title, small enough to sit in a
     * line of text (the title still names it for screen readers).
     */
    public RelaisChart setSparkline(boolean newSparkline) {
        this.sparkline = newSparkline;
        return update();
    }

    public RelaisChart setChartHeight(int pixels) {
        this.height = pixels;
        return update();
    }

    /** The top of the value axis (e.g. 100 for percentages), or {@code null} to fit the data. */
    public RelaisChart setMax(Double newMax) {
        this.max = newMax;
        return update();
    }

    /**
     * Calls back when someone clicks a data point (a bar, a marker of a line, a heatmap cell):
     * a drill-down into what the point counts.
     */
    public Registration addPointClickListener(Consumer<PointClick> listener) {
        clickListeners.add(listener);
        if (!clickable) {
            clickable = true;
            update();
        }
        return () -> clickListeners.remove(listener);
    }

    @ClientCallable
    void pointClicked(int seriesIndex, int index) {
        simulatePointClick(new PointClick(seriesIndex, index));
    }

    /** What the browser reports when a point is clicked (public for browserless tests); unknown points are ignored. */
    public void simulatePointClick(PointClick click) {
        if (click.series() < 0 || click.series() >= series.size() || click.index() < 0 || click.index() >= categories.size()) {
            return;
        }
        List.copyOf(clickListeners).forEach(listener -> listener.accept(click));
    }

    public RelaisChart setData(List<String> newCategories, List<Series> newSeries) {
        for (Series row : newSeries) {
            if (row.data().size() != newCategories.size()) {
                throw new IllegalArgumentException("Series '" + row.name() + "' has " + row.data().size()
                        + " values for " + newCategories.size() + " categories");
            }
        }
        this.categories = List.copyOf(newCategories);
        this.series = List.copyOf(newSeries);
        return update();
    }

    public Type getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<Series> getSeries() {
        return series;
    }

    /** The JSON the browser element receives (also what tests can inspect). */
    public String getConfigJson() {
        return getElement().getProperty("config");
    }

    private RelaisChart update() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type.apexName);
        config.put("title", title);
        config.put("unit", unit);
        config.put("stacked", stacked);
        config.put("sparkline", sparkline);
        config.put("height", height);
        config.put("max", max);
        config.put("clickable", clickable);
        config.put("categories", categories);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Series row : series) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", row.name());
            one.put("data", row.data());
            rows.add(one);
        }
        config.put("series", rows);
        getElement().setProperty("config", JSON.writeValueAsString(config));
        return this;
    }
}
