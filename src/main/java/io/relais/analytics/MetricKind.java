package io.relais.analytics;

/**
 * How a metric's {@link Measure} becomes the figure shown.
 *
 * <ul>
 * <li>{@code PER_PERSON_WEEK}: a count divided by the person-weeks the group was present in the
 * period (someone who joined mid-period counts for the days they were there);
 * <li>{@code PER_HEADCOUNT}: a count of people divided by the group's average headcount (a share);
 * <li>{@code COUNT}: the count itself; {@code SHARE}: a fraction of its basis;
 * <li>{@code DAYS}: a median number of days over its basis; {@code RATIO}: derived from two metrics.
 * </ul>
 */
public enum MetricKind {
    PER_PERSON_WEEK, PER_HEADCOUNT, COUNT, SHARE, DAYS, RATIO;

    /** Shares are shown as percentages. */
    public boolean percentage() {
        return this == SHARE || this == PER_HEADCOUNT;
    }
}
