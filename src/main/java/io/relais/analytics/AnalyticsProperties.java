package io.relais.analytics;

import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of adoption analytics ({@code relais.analytics.*}, README "Configuration").
 *
 * @param zone the time zone periods start in (weeks on Monday, months on the 1st) and the
 *     activity heatmap reads in
 * @param minGroupSize below this average headcount in a period, a group's figures are not shown
 * @param weights the weight of each component of the adoption index (see {@link IndexComponent});
 *     components not set keep their default weight, 0 leaves one out
 * @param documentsPerMeetingHour documents written per meeting hour that earn the writing
 *     component its full score
 * @param workdayStart first hour of the working day (activity before it is "after hours")
 * @param workdayEnd hour the working day ends (activity from it on, and at weekends, is "after hours")
 */
@ConfigurationProperties(prefix = "relais.analytics")
public record AnalyticsProperties(
        @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue("5") int minGroupSize,
        Map<IndexComponent, Double> weights,
        @DefaultValue("0.5") double documentsPerMeetingHour,
        @DefaultValue("8") int workdayStart,
        @DefaultValue("19") int workdayEnd) {

    public AnalyticsProperties {
        Map<IndexComponent, Double> merged = IndexComponent.defaultWeights();
        if (weights != null) {
            merged.putAll(weights);
        }
        weights = merged;
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("relais.analytics.min-group-size must be at least 1");
        }
        if (documentsPerMeetingHour <= 0) {
            throw new IllegalArgumentException("relais.analytics.documents-per-meeting-hour must be positive");
        }
        if (workdayStart < 0 || workdayEnd > 24 || workdayStart >= workdayEnd) {
            throw new IllegalArgumentException("relais.analytics.workday-start/-end must be hours with start < end");
        }
        for (Map.Entry<IndexComponent, Double> weight : weights.entrySet()) {
            if (weight.getValue() == null || weight.getValue() < 0) {
                throw new IllegalArgumentException("Index weights are zero or positive: " + weight);
            }
        }
        weights = Map.copyOf(weights);
    }
}
