package io.relais.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The async adoption index of one group in one period: 0 to 100, with the parts it was made of.
 *
 * @param value {@code null} when no component had data
 * @param parts every component, with its score ({@code null} without data) and the share of the
 *     index it weighed (0 without data)
 */
public record AdoptionIndex(Double value, List<Part> parts) {

    public record Part(IndexComponent component, Double score, double weight) {
    }

    /** Computes the index from the figures of the component metrics. */
    public static AdoptionIndex of(Map<Metric, Double> figures, Map<IndexComponent, Double> weights,
            double documentsPerMeetingHour) {
        double totalWeight = 0;
        double weighted = 0;
        List<Part> parts = new ArrayList<>();
        for (IndexComponent component : IndexComponent.values()) {
            double weight = weights.getOrDefault(component, 0.0);
            Double score = component.score(figures.get(component.metric()), documentsPerMeetingHour);
            if (score != null && weight > 0) {
                totalWeight += weight;
                weighted += weight * score;
            }
            parts.add(new Part(component, score, score == null ? 0 : weight));
        }
        if (totalWeight == 0) {
            return new AdoptionIndex(null, parts.stream().map(p -> new Part(p.component(), p.score(), 0)).toList());
        }
        double total = totalWeight;
        return new AdoptionIndex(100 * weighted / total,
                parts.stream().map(p -> new Part(p.component(), p.score(), p.weight() / total)).toList());
    }
}
