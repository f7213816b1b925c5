package io.relais.analytics.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/** At start-up the job catches up, or rebuilds the whole roll-up when the administrator asked for it. */
class RollupJobTest {

    @Test
    void aNormalStartCatchesUp() {
        Rollups rollups = mock(Rollups.class);
        new RollupJob(rollups, false).run(null);
        verify(rollups, timeout(5_000)).catchUp(Integer.MAX_VALUE);
        verify(rollups, never()).rebuild(any());
    }

    @Test
    void rebuildAtStartRollsTheWholeHistoryAgain() {
        Rollups rollups = mock(Rollups.class);
        new RollupJob(rollups, true).run(null);
        verify(rollups, timeout(5_000)).rebuild(any(IntConsumer.class));
        verify(rollups, never()).catchUp(anyInt());
    }
}
