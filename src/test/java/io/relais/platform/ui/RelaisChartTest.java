package io.relais.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration {@code <relais-chart>} receives, built from typed Java. */
class RelaisChartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesTypeCategoriesAndSeriesAsJson() {
        RelaisChart chart = new RelaisChart(RelaisChart.Type.BAR)
                .setTitle("Hours")
                .setUnit("h")
                .setStacked(true)
                .setChartHeight(200)
                .setData(List.of("Mon", "Tue", "Wed"), List.of(
                        new RelaisChart.Series("Alice", List.of(1, 2, 3)),
                        new RelaisChart.Series("Bob", List.of(0.5, 0, 4.25))));

        JsonNode config = JSON.readTree(chart.getConfigJson());

        assertThat(config.get("type").asString()).isEqualTo("bar");
        assertThat(config.get("title").asString()).isEqualTo("Hours");
        assertThat(config.get("unit").asString()).isEqualTo("h");
        assertThat(config.get("stacked").asBoolean()).isTrue();
        assertThat(config.get("sparkline").asBoolean()).isFalse();
        assertThat(config.get("height").asInt()).isEqualTo(200);
        assertThat(texts(config.get("categories"))).containsExactly("Mon", "Tue", "Wed");
        JsonNode series = config.get("series");
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.get(0).get("name").asString()).isEqualTo("Alice");
        assertThat(numbers(series.get(0).get("data"))).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.get(1).get("name").asString()).isEqualTo("Bob");
        assertThat(numbers(series.get(1).get("data"))).containsExactly(0.5, 0.0, 4.25);
        assertThat(chart.getType()).isEqualTo(RelaisChart.Type.BAR);
        assertThat(chart.getCategories()).containsExactly("Mon", "Tue", "Wed");
        assertThat(chart.getSeries()).extracting(RelaisChart.Series::name).containsExactly("Alice", "Bob");
    }

    @Test
    void startsEmptyAndFollowsEveryChange() {
        RelaisChart chart = new RelaisChart(RelaisChart.Type.DONUT);
        JsonNode empty = JSON.readTree(chart.getConfigJson());
        assertThat(empty.get("type").asString()).isEqualTo("donut");
        assertThat(empty.get("title").isNull()).isTrue();
        assertThat(empty.get("categories").isEmpty()).isTrue();
        assertThat(empty.get("series").isEmpty()).isTrue();

        chart.setType(RelaisChart.Type.HEATMAP).setData(List.of("a"), List.of(new RelaisChart.Series("row", List.of(7L))));
        JsonNode changed = JSON.readTree(chart.getConfigJson());
        assertThat(changed.get("type").asString()).isEqualTo("heatmap");
        assertThat(numbers(changed.get("series").get(0).get("data"))).containsExactly(7.0);
        assertThat(chart.getElement().getTag()).isEqualTo("relais-chart");

        chart.setType(RelaisChart.Type.AREA).setSparkline(true);
        assertThat(JSON.readTree(chart.getConfigJson()).get("sparkline").asBoolean()).isTrue();
    }

    @Test
    void refusesASeriesWhoseLengthDiffersFromTheCategories() {
        RelaisChart chart = new RelaisChart(RelaisChart.Type.LINE)
                .setData(List.of("Jan"), List.of(new RelaisChart.Series("kept", List.of(1))));
        String before = chart.getConfigJson();

        assertThatThrownBy(() -> chart.setData(List.of("Jan", "Feb", "Mar"),
                List.of(new RelaisChart.Series("People", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("People").hasMessageContaining("2 values for 3 categories");
        assertThat(chart.getConfigJson()).as("a refused update changes nothing").isEqualTo(before);
        assertThatThrownBy(() -> new RelaisChart.Series(null, List.of(1)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingValueIsAGapNotAZero() {
        List<Integer> values = java.util.Arrays.asList(1, null, 3);
        RelaisChart chart = new RelaisChart(RelaisChart.Type.LINE)
                .setData(List.of("Jan", "Feb", "Mar"), List.of(new RelaisChart.Series("holes", values)));
        values.set(0, 9);

        JsonNode data = JSON.readTree(chart.getConfigJson()).get("series").get(0).get("data");
        assertThat(data.get(0).asInt()).as("the series keeps its own copy").isEqualTo(1);
        assertThat(data.get(1).isNull()).isTrue();
        assertThat(data.get(2).asInt()).isEqualTo(3);
    }

    @Test
    void aGaugeIsARadialBarWithAnAxisMaximum() {
        RelaisChart gauge = new RelaisChart(RelaisChart.Type.RADIAL_BAR).setMax(100.0)
                .setData(List.of("Index"), List.of(new RelaisChart.Series("Index", List.of(62.5))));

        JsonNode config = JSON.readTree(gauge.getConfigJson());
        assertThat(config.get("type").asString()).isEqualTo("radialBar");
        assertThat(config.get("max").asDouble()).isEqualTo(100.0);
        assertThat(numbers(config.get("series").get(0).get("data"))).containsExactly(62.5);
        assertThat(JSON.readTree(new RelaisChart(RelaisChart.Type.BAR).getConfigJson()).get("max").isNull()).isTrue();
    }

    @Test
    void pointClicksReachTheListenersAndUnknownPointsAreIgnored() {
        RelaisChart chart = new RelaisChart(RelaisChart.Type.BAR).setData(List.of("a", "b"),
                List.of(new RelaisChart.Series("one", List.of(1, 2)), new RelaisChart.Series("two", List.of(3, 4))));
        assertThat(JSON.readTree(chart.getConfigJson()).get("clickable").asBoolean()).isFalse();
        List<RelaisChart.PointClick> clicks = new java.util.ArrayList<>();

        com.vaadin.flow.shared.Registration registration = chart.addPointClickListener(clicks::add);
        assertThat(JSON.readTree(chart.getConfigJson()).get("clickable").asBoolean()).isTrue();
        chart.simulatePointClick(new RelaisChart.PointClick(1, 0));
        chart.simulatePointClick(new RelaisChart.PointClick(2, 0));
        chart.simulatePointClick(new RelaisChart.PointClick(0, 5));
        chart.simulatePointClick(new RelaisChart.PointClick(-1, 0));
        registration.remove();
        chart.simulatePointClick(new RelaisChart.PointClick(0, 1));

        assertThat(clicks).containsExactly(new RelaisChart.PointClick(1, 0));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<Double> numbers(JsonNode array) {
        return array.valueStream().map(JsonNode::asDouble).toList();
    }
}
