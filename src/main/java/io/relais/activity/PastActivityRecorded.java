package io.relais.activity;

import java.time.Instant;
import java.util.List;

/**
 * Published, in the recording transaction, when activity is written after the fact (history,
 * imports): figures of those days already rolled up must be measured again.
 */
public record PastActivityRecorded(List<Instant> occurredAt) {

    public PastActivityRecorded {
        occurredAt = List.copyOf(occurredAt);
    }
}
