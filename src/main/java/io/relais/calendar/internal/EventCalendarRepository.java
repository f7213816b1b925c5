package io.relais.calendar.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventCalendarRepository extends JpaRepository<EventCalendar, Long> {

    Optional<EventCalendar> findByTeamId(long teamId);

    Optional<EventCalendar> findByOwnerId(long ownerId);

    Optional<EventCalendar> findBySingleton(String singleton);
}
