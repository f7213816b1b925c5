package io.relais.platform.db;

import java.time.Duration;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Events committed with their change but not yet handled by every listener (the search index, the
 * rituals' minutes check…), from Spring Modulith's publication registry. A one-shot command waits
 * for them before it exits, so that what it wrote is searchable when it says so; otherwise the next
 * start would find the index behind the database and rebuild it whole.
 */
@Component
public class PendingEvents {

    private static final String INCOMPLETE = """
            select count(*) from event_publication
            where completion_date is null and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))""";
    private static final long POLL_MILLIS = 250;

    private final JdbcTemplate jdbc;

    PendingEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many deliveries are still to be made or are being made. */
    public long count() {
        Long count = jdbc.queryForObject(INCOMPLETE, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Waits until every delivery is done, telling {@code progress} how many are left about every
     * {@code reportEvery}; answers whether they were all done within {@code atMost}.
     */
    public boolean awaitHandled(Duration atMost, Duration reportEvery, LongConsumer progress) {
        long deadline = System.nanoTime() + atMost.toNanos();
        long nextReport = System.nanoTime() + reportEvery.toNanos();
        long left = count();
        while (left > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            if (System.nanoTime() >= nextReport) {
                progress.accept(left);
                nextReport = System.nanoTime() + reportEvery.toNanos();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            left = count();
        }
        return true;
    }
}
