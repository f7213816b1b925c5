package io.relais.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        LINE("line"), BAR("bar"), AREA("area"), DONUT("donut"), HEATMAP("heatmap");

        private final String apexName;

        Type(String apexName) {
            this.apexName = apexName;
        }
    }

    /**
     * One named row of values, aligned with the categories. A donut uses a single series whose
     * values are the slices; a heatmap uses one series per row.
     */
    public record Series(String name, List<? extends Number> data) {
        public Series {
            Objects.requireNonNull(name);
            data = List.copyOf(data);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Type type = Type.LINE;
    private String title;
    private String unit;
    private boolean stacked;
    private boolean sparkline;
    private int height = 320;
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
        config.put("categories", categories);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Series row : series) {
            rows.add(Map.of("name", row.name(), "data", row.data()));
        }
        config.put("series", rows);
        getElement().setProperty("config", JSON.writeValueAsString(config));
        return this;
    }
}
