package io.relais;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.platform.db.PendingEvents;
import java.time.Duration;

/**
 * Waits until every event published so far has been handled by its listeners. Tests that write
 * thousands of changes call it at the end, so that the tests after them, which expect their own
 * change to be searchable within seconds, do not queue behind the index commits of the flood.
 */
public final class EventBacklog {

    private EventBacklog() {
    }

    public static void awaitDrained(PendingEvents pending, Duration atMost) {
        assertThat(pending.awaitHandled(atMost, atMost, left -> { }))
                .as("events published but not yet handled after %s", atMost).isTrue();
    }
}
