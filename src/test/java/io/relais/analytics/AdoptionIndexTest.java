package io.relais.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adoption index: weighted mean of the components with data, each scored 0..1. */
class AdoptionIndexTest {

    private static Map<IndexComponent, Double> weights(Object... pairs) {
        Map<IndexComponent, Double> weights = new EnumMap<>(IndexComponent.class);
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((IndexComponent) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return weights;
    }

    @Test
    void weighsTheComponentsThatHaveData() {
        AdoptionIndex index = AdoptionIndex.of(Map.of(Metric.MINUTES_ON_TIME, 0.5, Metric.CONTRIBUTORS, 1.0),
                weights(IndexComponent.MINUTES_ON_TIME, 3, IndexComponent.CONTRIBUTORS, 1, IndexComponent.WRITING, 10), 1.0);

        assertThat(index.value()).as("(3 x 0.5 + 1 x 1) / 4: writing has no data and leaves the index")
                .isCloseTo(62.5, within(1e-9));
        assertThat(index.parts()).filteredOn(p -> p.component() == IndexComponent.MINUTES_ON_TIME).singleElement()
                .satisfies(p -> assertThat(p.weight()).isCloseTo(0.75, within(1e-9)));
        assertThat(index.parts()).filteredOn(p -> p.component() == IndexComponent.WRITING).singleElement()
                .satisfies(p -> {
                    assertThat(p.score()).isNull();
                    assertThat(p.weight()).isZero();
                });
    }

    @Test
    void invertsWhatIsBadAndCapsTheWritingRatioAtItsTarget() {
        AdoptionIndex stale = AdoptionIndex.of(Map.of(Metric.PAST_REVIEW_DATE, 0.25),
                weights(IndexComponent.FRESH_KNOWLEDGE, 1), 1.0);
        assertThat(stale.value()).as("a quarter of articles past review: 75").isCloseTo(75, within(1e-9));

        AdoptionIndex halfway = AdoptionIndex.of(Map.of(Metric.WRITTEN_PER_MEETING_HOUR, 0.5),
                weights(IndexComponent.WRITING, 1), 2.0);
        assertThat(halfway.value()).as("0.5 documents per meeting hour of a 2.0 target").isCloseTo(25, within(1e-9));
        AdoptionIndex beyond = AdoptionIndex.of(Map.of(Metric.WRITTEN_PER_MEETING_HOUR, 7.0),
                weights(IndexComponent.WRITING, 1), 2.0);
        assertThat(beyond.value()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aZeroWeightCountsForNothingAndNoDataGivesNoIndex() {
        AdoptionIndex ignored = AdoptionIndex.of(Map.of(Metric.MINUTES_ON_TIME, 0.0, Metric.CONTRIBUTORS, 1.0),
                weights(IndexComponent.MINUTES_ON_TIME, 0, IndexComponent.CONTRIBUTORS, 2), 1.0);
        assertThat(ignored.value()).isCloseTo(100, within(1e-9));

        AdoptionIndex none = AdoptionIndex.of(Map.of(), IndexComponent.defaultWeights(), 1.0);
        assertThat(none.value()).isNull();
        assertThat(none.parts()).hasSize(IndexComponent.values().length).allSatisfy(p -> assertThat(p.weight()).isZero());
    }

    @Test
    void settingsRefuseNegativeWeightsAndDefaultToTheDocumentedOnes() {
        AnalyticsProperties defaults = new AnalyticsProperties(ZoneId.of("Europe/Paris"), 5, null, 1.0, 8, 19);
        assertThat(defaults.weights()).containsEntry(IndexComponent.WRITING, 25.0).hasSize(IndexComponent.values().length);
        assertThat(defaults.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0);
        assertThatThrownBy(() -> new AnalyticsProperties(ZoneId.of("UTC"), 5, weights(IndexComponent.WRITING, -1), 1.0, 8, 19))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalyticsProperties(ZoneId.of("UTC"), 0, null, 1.0, 8, 19))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalyticsProperties(ZoneId.of("UTC"), 5, null, 1.0, 19, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
