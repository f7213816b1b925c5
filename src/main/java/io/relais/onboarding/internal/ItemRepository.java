package io.relais.onboarding.internal;

import io.relais.onboarding.ItemStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemRepository extends JpaRepository<Item, Long> {

    /** Items waiting for the person: assigned to them and not done. */
    List<Item> findByResponsiblePersonIdAndStatusNotOrderByDueDateAscIdAsc(long personId, ItemStatus status);

    /** Writing exercises in review whose reviewer (the checklist's buddy) is the person. */
    @Query("""
            select i from Item i join i.onboarding o where i.status = io.relais.onboarding.ItemStatus.IN_REVIEW
              and o.buddyId = :person order by i.submittedAt, i.id""")
    List<Item> reviewsWaitingFor(long person);

    @Query("select i from Item i join fetch i.onboarding where i.id = :id")
    Optional<Item> findWithOnboarding(long id);

    List<Item> findByIdIn(Collection<Long> ids);
}
