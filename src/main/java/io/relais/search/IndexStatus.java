package io.relais.search;

import java.time.Instant;

/**
 * The index as administrators see it.
 *
 * @param entries entries searchable now
 * @param rebuilding whether a full rebuild is running (search keeps answering from the old index)
 * @param rebuilt entries written by the running rebuild so far
 * @param toRebuild entries the running rebuild expects
 * @param lastRebuild when the last rebuild finished, or {@code null}
 * @param lastRebuildMillis how long it took
 * @param lastError why the last rebuild failed, or {@code null}
 */
public record IndexStatus(long entries, boolean rebuilding, long rebuilt, long toRebuild,
        Instant lastRebuild, long lastRebuildMillis, String lastError) {

    public double progress() {
        return toRebuild <= 0 ? 0 : Math.min(1.0, (double) rebuilt / toRebuild);
    }
}
