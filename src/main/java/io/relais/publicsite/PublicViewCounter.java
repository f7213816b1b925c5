package io.relais.publicsite;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the views of public pages: the one place the public site reports a view.
 *
 * <p>WIRE-WHEN-LANDED (docs-social): the document KPIs (views, unique viewers per day) are built
 * by the docs-social branch, which provides {@code recordAnonymousView(documentId)}. Until it is
 * on main, views are counted in the {@code relais.public.views} metric (Actuator) only; once it
 * lands, {@link #viewed(long)} also calls it, and nothing else in this module changes.
 */
@Component
class PublicViewCounter {

    private final Counter views;

    PublicViewCounter(MeterRegistry registry) {
        this.views = Counter.builder("relais.public.views").description("Views of public knowledge-base pages")
                .register(registry);
    }

    void viewed(long documentId) {
        views.increment();
    }
}
