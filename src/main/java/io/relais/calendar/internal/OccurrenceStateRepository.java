package io.relais.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OccurrenceStateRepository extends JpaRepository<OccurrenceState, OccurrenceState.Key> {

    /**
     * The states that can matter to a range: occurrences planned from {@code plannedFrom} (the
     * range start less the longest duration of a recurring occurrence) or moved into the range.
     */
    @Query("""
            select o from OccurrenceState o where o.eventId in :eventIds
            and ((o.originalStart >= :plannedFrom and o.originalStart < :to)
                 or (o.movedStart < :to and o.movedEnd > :from))""")
    List<OccurrenceState> relevantTo(Collection<Long> eventIds, Instant plannedFrom, Instant from, Instant to);

    List<OccurrenceState> findByEventIdOrderByOriginalStart(long eventId);

    List<OccurrenceState> findByEventIdIn(Collection<Long> eventIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from OccurrenceState o where o.eventId = :eventId and o.originalStart >= :from")
    void deleteFrom(long eventId, Instant from);
}
