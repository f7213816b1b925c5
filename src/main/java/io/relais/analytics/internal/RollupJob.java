package io.relais.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls the adoption figures in the background: once the application (and the demo data) is up,
 * then every minute (days just over, changes queued meanwhile), so that readers rarely have work
 * left to do.
 */
@Component
@Order(110)
class RollupJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

    private final Rollups rollups;

    RollupJob(Rollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("adoption-rollup").start(this::catchUp);
    }

    @Scheduled(initialDelayString = "${relais.analytics.rollup-every:PT1M}", fixedDelayString = "${relais.analytics.rollup-every:PT1M}")
    void catchUp() {
        try {
            long started = System.nanoTime();
            rollups.catchUp(Integer.MAX_VALUE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 1000) {
                log.info("Adoption roll-up caught up in {} ms", millis);
            }
        } catch (RuntimeException e) {
            log.warn("Adoption roll-up failed; figures of the days not rolled are measured live until the next run", e);
        }
    }
}
