package io.relais.analytics;

/**
 * What a source measured for one group in one period, before the analytics module turns it into
 * the figure shown ({@link MetricKind}).
 *
 * @param value a count, a numerator of a share, or a median
 * @param basis what the value is over: the denominator of a share, the sample of a median, 1 for
 *     a count; 0 means "nothing to measure" (no data, not zero)
 */
public record Measure(double value, long basis) {

    public static final Measure NONE = new Measure(0, 0);

    public static Measure count(long count) {
        return new Measure(count, 1);
    }

    public static Measure share(long part, long whole) {
        return whole == 0 ? NONE : new Measure(part, whole);
    }

    public static Measure median(double median, long sample) {
        return sample == 0 ? NONE : new Measure(median, sample);
    }

    public boolean hasData() {
        return basis > 0;
    }
}
