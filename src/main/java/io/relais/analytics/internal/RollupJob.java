package io.relais.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls the adoption figures in the background: once the application (and the demo data) is up,
 * then every minute (days just over, changes queued meanwhile), so that readers rarely have work
 * left to do. Started with {@code --relais.analytics.rebuild-at-start=true}, it first forgets
 * every rolled day and rolls the whole history again, logging its progress: what an administrator
 * needs after correcting data in the database by hand, past the features that report changes.
 */
@Component
@Order(110)
class RollupJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

    private final Rollups rollups;
    private final boolean rebuildAtStart;

    RollupJob(Rollups rollups, @Value("${relais.analytics.rebuild-at-start:false}") boolean rebuildAtStart) {
        this.rollups = rollups;
        this.rebuildAtStart = rebuildAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("adoption-rollup").start(rebuildAtStart ? this::rebuild : this::catchUp);
    }

    void rebuild() {
        log.info("Rebuilding the adoption roll-up (asked with relais.analytics.rebuild-at-start); "
                + "reports measure the days not rolled yet live meanwhile");
        long started = System.nanoTime();
        int[] logged = {-1};
        try {
            rollups.rebuild(percent -> {
                if (percent / 10 > logged[0]) {
                    logged[0] = percent / 10;
                    log.info("Adoption roll-up rebuild: {} %", percent);
                }
            });
            log.info("Adoption roll-up rebuilt in {} s", (System.nanoTime() - started) / 1_000_000_000);
        } catch (RuntimeException e) {
            log.warn("Adoption roll-up rebuild failed; the next runs roll what is left", e);
        }
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
