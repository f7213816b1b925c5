package io.relais.onboarding.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OnboardingRepository extends JpaRepository<Onboarding, Long> {

    /** Checklists the person takes part in (as the newcomer or a responsible person), newest first. */
    @Query("""
            select o from Onboarding o where o.personId = :person or o.buddyId = :person or o.managerId = :person
              or o.hrId = :person or o.itId = :person order by o.startDate desc, o.id desc""")
    List<Onboarding> involving(long person);

    List<Onboarding> findByPersonIdOrderByStartDateDesc(long personId);
}
