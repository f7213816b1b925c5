package io.relais.rituals.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RitualOptOutRepository extends JpaRepository<RitualOptOut, RitualOptOut.Key> {

    @Query("select o.personId from RitualOptOut o where o.ritualId = :ritualId")
    List<Long> personIds(long ritualId);
}
