package io.relais.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarPersonRepository extends JpaRepository<CalendarPerson, Long> {

    List<CalendarPerson> findByTeamIdAndActiveTrue(long teamId);
}
