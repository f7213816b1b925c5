package io.relais.clients.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientActivityRepository extends JpaRepository<ClientActivity, Long> {

    List<ClientActivity> findByClientIdOrderByOccurredAtDescIdDesc(long clientId, Pageable page);

    List<ClientActivity> findByProjectIdOrderByOccurredAtDescIdDesc(long projectId, Pageable page);
}
