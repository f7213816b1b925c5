package io.relais.analytics.internal;

import io.relais.analytics.Measure;
import io.relais.analytics.Metric;

/** Turns what a source measured into the figure shown, by the metric's kind. */
final class Figures {

    private Figures() {
    }

    /**
     * @param personDays the group's presence in the period
     * @param days the period's length
     * @return the figure, or {@code null} when there is nothing to show
     */
    static Double of(Metric metric, Measure measure, double personDays, int days) {
        return switch (metric.kind()) {
            case PER_PERSON_WEEK -> personDays == 0 ? null : measure.value() / (personDays / 7);
            case PER_HEADCOUNT -> personDays == 0 ? null : Math.min(1, measure.value() / (personDays / days));
            case COUNT -> measure.value();
            case SHARE -> measure.hasData() ? measure.value() / measure.basis() : null;
            case DAYS -> measure.hasData() ? measure.value() : null;
            case RATIO -> throw new IllegalArgumentException("A ratio is derived, not measured: " + metric);
        };
    }

    /** Documents per meeting hour; {@code null} without meetings. */
    static Double ratio(Double written, Double meetingHours) {
        return written == null || meetingHours == null || meetingHours == 0 ? null : written / meetingHours;
    }
}
