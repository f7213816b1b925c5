package io.relais.analytics.internal;

import io.relais.analytics.AdoptionSource;
import io.relais.analytics.Metric;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link AdoptionSource}s that exist, and which one measures a metric (the first that lists it).
 *
 * <p>Both are worked out once, at first use: they are fixed once the application is built. Asking Spring for the
 * ordered sources and each source for its metrics at every measure was a sixth of a dashboard's CPU under load.
 */
@Component
class Sources {

    private final ObjectProvider<AdoptionSource> sources;
    private volatile Known known;

    Sources(ObjectProvider<AdoptionSource> sources) {
        this.sources = sources;
    }

    Optional<AdoptionSource> of(Metric metric) {
        return Optional.ofNullable(known().byMetric().get(metric));
    }

    /** Every metric some source measures. */
    Set<Metric> metrics() {
        return known().byMetric().keySet();
    }

    Iterable<AdoptionSource> all() {
        return known().ordered();
    }

    private Known known() {
        Known current = known;
        if (current == null) {
            List<AdoptionSource> ordered = sources.orderedStream().toList();
            Map<Metric, AdoptionSource> byMetric = new HashMap<>();
            ordered.forEach(source -> source.metrics().forEach(metric -> byMetric.putIfAbsent(metric, source)));
            current = new Known(ordered, Map.copyOf(byMetric));
            known = current;
        }
        return current;
    }

    private record Known(List<AdoptionSource> ordered, Map<Metric, AdoptionSource> byMetric) {
    }
}
