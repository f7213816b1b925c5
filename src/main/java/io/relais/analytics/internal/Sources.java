package io.relais.analytics.internal;

import io.relais.analytics.AdoptionSource;
import io.relais.analytics.Metric;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link AdoptionSource}s that exist, which one measures a metric (the first that lists it), and the metrics
 * a source both measures and keeps in the roll-up.
 *
 * <p>All are worked out once, at first use: they are fixed once the application is built. Asking Spring for the
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

    /** The metrics some source measures and reports every change of ({@link AdoptionSource#rolledUp()}). */
    Set<Metric> rolledUp() {
        return known().rolledUp();
    }

    private Known known() {
        Known current = known;
        if (current == null) {
            Map<Metric, AdoptionSource> byMetric = new HashMap<>();
            Set<Metric> rolledUp = new HashSet<>();
            for (AdoptionSource source : sources.orderedStream().toList()) {
                Set<Metric> measured = source.metrics();
                measured.forEach(metric -> byMetric.putIfAbsent(metric, source));
                source.rolledUp().stream().filter(measured::contains).forEach(rolledUp::add);
            }
            current = new Known(Map.copyOf(byMetric), Set.copyOf(rolledUp));
            known = current;
        }
        return current;
    }

    private record Known(Map<Metric, AdoptionSource> byMetric, Set<Metric> rolledUp) {
    }
}
