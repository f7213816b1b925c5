package io.relais;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until every event published so far has been handled by its listeners. Tests that write
 * thousands of changes call it at the end, so that the tests after them, which expect their own
 * change to be searchable within seconds, do not queue behind the index commits of the flood.
 */
public final class EventBacklog {

    private EventBacklog() {
    }

    public static void awaitDrained(JdbcTemplate jdbc, Duration atMost) {
        await("events published but not yet handled").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.queryForObject("""
                        select count(*) from event_publication
                        where completion_date is null and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))""",
                        Long.class) == 0);
    }
}
