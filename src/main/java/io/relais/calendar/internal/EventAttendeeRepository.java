package io.relais.calendar.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EventAttendeeRepository extends JpaRepository<EventAttendee, Long> {

    List<EventAttendee> findByEventIdOrderById(long eventId);

    List<EventAttendee> findByEventIdIn(Collection<Long> eventIds);

    /** The events among these to which the person is invited, in person or with their team. */
    @Query("""
            select distinct a.eventId from EventAttendee a
            where a.eventId in :eventIds and (a.personId = :personId or a.teamId = :teamId)""")
    List<Long> attendedAmong(Collection<Long> eventIds, long personId, long teamId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from EventAttendee a where a.eventId = :eventId")
    void deleteByEvent(long eventId);
}
