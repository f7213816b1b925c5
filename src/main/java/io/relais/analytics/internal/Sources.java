package io.relais.analytics.internal;

import io.relais.analytics.AdoptionSource;
import io.relais.analytics.Metric;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The {@link AdoptionSource}s that exist, and which one measures a metric (the first that lists it). */
@Component
class Sources {

    private final ObjectProvider<AdoptionSource> sources;

    Sources(ObjectProvider<AdoptionSource> sources) {
        this.sources = sources;
    }

    Optional<AdoptionSource> of(Metric metric) {
        return sources.orderedStream().filter(source -> source.metrics().contains(metric)).findFirst();
    }

    Iterable<AdoptionSource> all() {
        return sources.orderedStream().toList();
    }
}
