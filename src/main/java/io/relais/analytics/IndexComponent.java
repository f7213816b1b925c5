package io.relais.analytics;

import java.util.EnumMap;
import java.util.Map;

/**
 * A part of the async adoption index, each scored from 0 to 1 from one metric:
 *
 * <ul>
 * <li>{@code WRITING}: documents written per meeting hour, over the configured target (capped at 1);
 * <li>{@code MINUTES_ON_TIME}, {@code DECISIONS_IN_MINUTES}, {@code MEETINGS_WITH_MINUTES},
 * {@code CONTRIBUTORS}, {@code RITUALS}: their share as it is;
 * <li>{@code FRESH_KNOWLEDGE}: 1 minus the share of articles past their review date;
 * {@code FINDABILITY}: 1 minus the zero-result rate; {@code ONBOARDING}: 1 minus the share of
 * late onboarding items.
 * </ul>
 *
 * The index is the weighted mean of the components that have data, times 100: a component
 * without data (no source yet, or nothing in the period) leaves the index, and the others' weights
 * are scaled up, rather than counting as zero.
 */
public enum IndexComponent {
    WRITING(Metric.WRITTEN_PER_MEETING_HOUR, false, 25),
    MINUTES_ON_TIME(Metric.MINUTES_ON_TIME, false, 15),
    DECISIONS_IN_MINUTES(Metric.MINUTES_WITH_DECISION, false, 10),
    CONTRIBUTORS(Metric.CONTRIBUTORS, false, 15),
    FRESH_KNOWLEDGE(Metric.PAST_REVIEW_DATE, true, 10),
    FINDABILITY(Metric.ZERO_RESULT_SEARCHES, true, 10),
    MEETINGS_WITH_MINUTES(Metric.MEETINGS_WITH_MINUTES, false, 5),
    RITUALS(Metric.TRIO_PARTICIPATION, false, 5),
    ONBOARDING(Metric.ONBOARDING_LATE_ITEMS, true, 5);

    private final Metric metric;
    private final boolean inverted;
    private final double defaultWeight;

    IndexComponent(Metric metric, boolean inverted, double defaultWeight) {
        this.metric = metric;
        this.inverted = inverted;
        this.defaultWeight = defaultWeight;
    }

    public Metric metric() {
        return metric;
    }

    /**
     * The 0..1 score of the metric's figure (a share, or documents per meeting hour for {@code
     * WRITING}), or {@code null} without a figure.
     */
    public Double score(Double figure, double documentsPerMeetingHour) {
        if (figure == null || figure.isNaN()) {
            return null;
        }
        double score = this == WRITING ? figure / documentsPerMeetingHour : figure;
        score = Math.max(0, Math.min(1, score));
        return inverted ? 1 - score : score;
    }

    public String labelKey() {
        return "analytics.index." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Map<IndexComponent, Double> defaultWeights() {
        Map<IndexComponent, Double> weights = new EnumMap<>(IndexComponent.class);
        for (IndexComponent component : values()) {
            weights.put(component, component.defaultWeight);
        }
        return weights;
    }
}
